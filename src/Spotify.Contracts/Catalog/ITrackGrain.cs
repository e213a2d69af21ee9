namespace Spotify.Contracts.Catalog;

/// <summary>One catalog track, keyed by its base62 id.</summary>
[Alias("spotify.catalog.ITrackGrain")]
public interface ITrackGrain : IGrainWithStringKey
{
    /// <summary>The track, or null when no track has this id.</summary>
    [Alias("GetAsync")]
    Task<TrackDetails?> GetAsync();

    [Alias("UpsertAsync")]
    Task UpsertAsync(TrackDetails track);
}
