using Spotify.Contracts.Listening;

namespace Spotify.Grains.Listening;

/// <summary>An item's play counts for each of Spotify's time ranges, each decaying at its own pace.</summary>
[GenerateSerializer]
public sealed class RangeScores
{
    [Id(0)]
    public DecayedScore ShortTerm { get; set; } = new();

    [Id(1)]
    public DecayedScore MediumTerm { get; set; } = new();

    [Id(2)]
    public DecayedScore LongTerm { get; set; } = new();

    /// <summary>About 4 weeks of plays count in the short term (two half-lives), about 6 months in the medium term; the long term keeps all.</summary>
    public static TimeSpan HalfLife(TimeRange range) => range switch
    {
        TimeRange.ShortTerm => TimeSpan.FromDays(14),
        TimeRange.MediumTerm => TimeSpan.FromDays(90),
        _ => TimeSpan.MaxValue,
    };

    public void Add(double weight, DateTimeOffset time)
    {
        ShortTerm.Add(weight, time, HalfLife(TimeRange.ShortTerm));
        MediumTerm.Add(weight, time, HalfLife(TimeRange.MediumTerm));
        LongTerm.Add(weight, time, HalfLife(TimeRange.LongTerm));
    }

    public double At(TimeRange range, DateTimeOffset time) => range switch
    {
        TimeRange.ShortTerm => ShortTerm.At(time, HalfLife(range)),
        TimeRange.MediumTerm => MediumTerm.At(time, HalfLife(range)),
        _ => LongTerm.At(time, HalfLife(range)),
    };
}
