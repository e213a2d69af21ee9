namespace Spotify.Contracts.Catalog;

/// <summary>One catalog album, keyed by its base62 id.</summary>
[Alias("spotify.catalog.IAlbumGrain")]
public interface IAlbumGrain : IGrainWithStringKey
{
    /// <summary>The album, or null when no album has this id.</summary>
    [Alias("GetAsync")]
    Task<AlbumDetails?> GetAsync();

    [Alias("UpsertAsync")]
    Task UpsertAsync(AlbumDetails album);
}
