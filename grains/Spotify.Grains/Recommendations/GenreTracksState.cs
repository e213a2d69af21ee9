using Spotify.Contracts.Recommendations;

namespace Spotify.Grains.Recommendations;

[GenerateSerializer]
public sealed class GenreTracksState
{
    /// <summary>The genre's tracks by id, at most <see cref="IGenreTracksGrain.MaxTracks"/>, the most popular kept.</summary>
    [Id(0)]
    public Dictionary<string, TrackCandidate> Tracks { get; set; } = [];
}
