namespace Spotify.Contracts.Catalog;

/// <summary>One catalog artist, keyed by its base62 id.</summary>
[Alias("spotify.catalog.IArtistGrain")]
public interface IArtistGrain : IGrainWithStringKey
{
    /// <summary>The artist, or null when no artist has this id.</summary>
    [Alias("GetAsync")]
    Task<ArtistDetails?> GetAsync();

    [Alias("UpsertAsync")]
    Task UpsertAsync(ArtistDetails artist);
}
