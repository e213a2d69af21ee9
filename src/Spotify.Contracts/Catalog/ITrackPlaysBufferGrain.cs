using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Spotify.Contracts.Catalog;

/// <summary>
/// Gathers the counted plays that listeners' histories report on a silo and passes each track its
/// sum about once a second, so that a popular track gets one message a second rather than one per
/// listener's batch. Key 0: it is a stateless worker, one per silo.
/// </summary>
[Alias("spotify.catalog.ITrackPlaysBufferGrain")]
public interface ITrackPlaysBufferGrain : IGrainWithIntegerKey
{
    [OneWay, Alias("AddAsync")]
    Task AddAsync(ImmutableArray<TrackPlays> plays);
}
