using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Spotify.Contracts.Recommendations;

/// <summary>
/// The tracks people play in the same listening sessions as this one (keyed by track id): the
/// item-to-item similarity that "because you played X" recommendations come from.
/// </summary>
[Alias("spotify.recommendations.ITrackNeighboursGrain")]
public interface ITrackNeighboursGrain : IGrainWithStringKey
{
    const int MaxNeighbours = 200;

    /// <summary>Records that <paramref name="trackId"/> was played in a session with this track. Fire and forget.</summary>
    [OneWay, Alias("AddCoPlayAsync")]
    Task AddCoPlayAsync(string trackId);

    /// <summary>The most co-played tracks first.</summary>
    [Alias("GetTopAsync")]
    Task<ImmutableArray<CoPlay>> GetTopAsync(int count);
}
