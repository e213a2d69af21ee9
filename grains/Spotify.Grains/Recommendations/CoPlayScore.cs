namespace Spotify.Grains.Recommendations;

/// <summary>How strongly a candidate is co-played with a profile's favourite tracks, and the favourite that contributes most.</summary>
internal readonly record struct CoPlayScore(double Score, string? Source, double StrongestContribution)
{
    public static CoPlayScore None { get; } = new(0, null, 0);

    public CoPlayScore Add(double contribution, string source) =>
        contribution > StrongestContribution
            ? new CoPlayScore(Score + contribution, source, contribution)
            : this with { Score = Score + contribution };
}
