using System.Collections.Immutable;

namespace Spotify.Contracts.Recommendations;

/// <summary>The most popular tracks of one genre, keyed by the genre's name: where genre-based recommendations start.</summary>
[Alias("spotify.recommendations.IGenreTracksGrain")]
public interface IGenreTracksGrain : IGrainWithStringKey
{
    const int MaxTracks = 500;

    [Alias("AddAsync")]
    Task AddAsync(ImmutableArray<TrackCandidate> tracks);

    /// <summary>The most popular tracks first.</summary>
    [Alias("GetTopAsync")]
    Task<ImmutableArray<TrackCandidate>> GetTopAsync(int count);
}
