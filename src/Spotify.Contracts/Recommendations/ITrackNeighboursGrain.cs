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

    /// <summary>Records that each of <paramref name="trackIds"/> was played in a session with this track (a track may repeat). Fire and forget.</summary>
    [OneWay, Alias("AddCoPlaysAsync")]
    Task AddCoPlaysAsync(ImmutableArray<string> trackIds);

    /// <summary>The most co-played tracks first.</summary>
    [Alias("GetTopAsync")]
    Task<ImmutableArray<CoPlay>> GetTopAsync(int count);
}
