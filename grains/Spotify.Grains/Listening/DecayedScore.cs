namespace Spotify.Grains.Listening;

/// <summary>
/// A count that halves every half-life: each play adds its weight now, and older plays count less
/// the older they are. Keeping only the value and when it was last brought up to date is enough.
/// </summary>
[GenerateSerializer]
public sealed class DecayedScore
{
    [Id(0)]
    public double Value { get; set; }

    [Id(1)]
    public DateTimeOffset UpdatedAt { get; set; }

    public double At(DateTimeOffset time, TimeSpan halfLife) =>
        time <= UpdatedAt || halfLife == TimeSpan.MaxValue
            ? Value
            : Value * Math.Pow(0.5, (time - UpdatedAt) / halfLife);

    public void Add(double weight, DateTimeOffset time, TimeSpan halfLife)
    {
        // Plays reported late (time before the last update) are decayed back to the last update instead.
        var decayed = At(time, halfLife);
        var ageOfPlay = UpdatedAt - time;
        Value = ageOfPlay > TimeSpan.Zero && halfLife != TimeSpan.MaxValue
            ? decayed + weight * Math.Pow(0.5, ageOfPlay / halfLife)
            : decayed + weight;
        if (time > UpdatedAt)
        {
            UpdatedAt = time;
        }
    }
}
