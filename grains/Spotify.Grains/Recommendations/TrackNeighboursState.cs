namespace Spotify.Grains.Recommendations;

[GenerateSerializer]
public sealed class TrackNeighboursState
{
    /// <summary>Co-play counts by track id, at most <see cref="Contracts.Recommendations.ITrackNeighboursGrain.MaxNeighbours"/>.</summary>
    [Id(0)]
    public Dictionary<string, double> CoPlays { get; set; } = [];
}
