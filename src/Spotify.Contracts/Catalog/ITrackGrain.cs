using Orleans.Concurrency;

namespace Spotify.Contracts.Catalog;

/// <summary>One catalog track, keyed by its base62 id, with the count of its recent plays.</summary>
[Alias("spotify.catalog.ITrackGrain")]
public interface ITrackGrain : IGrainWithStringKey
{
    /// <summary>The track, or null when no track has this id.</summary>
    [Alias("GetAsync")]
    Task<TrackDetails?> GetAsync();

    [Alias("UpsertAsync")]
    Task UpsertAsync(TrackDetails track);

    /// <summary>Counts plays of this track heard at <paramref name="at"/>; they raise its popularity. Fire and forget.</summary>
    [OneWay, Alias("RecordPlaysAsync")]
    Task RecordPlaysAsync(int plays, DateTimeOffset at);
}
