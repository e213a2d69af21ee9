using Spotify.Contracts.Catalog;

namespace Spotify.Grains.Catalog;

/// <summary>
/// Publishes a catalog batch: artists, then albums, then tracks, and finally the albums' new
/// release entries, so that nothing is listed before what it points to exists.
/// </summary>
public static class CatalogWriter
{
    public static async Task WriteAsync(IGrainFactory grains, CatalogBatch batch)
    {
        await Task.WhenAll(batch.Artists.Select(artist => grains.GetGrain<IArtistGrain>(artist.Id).UpsertAsync(artist)));
        await Task.WhenAll(batch.Albums.Select(album => grains.GetGrain<IAlbumGrain>(album.Id).UpsertAsync(album)));
        await Task.WhenAll(batch.Tracks.Select(track => grains.GetGrain<ITrackGrain>(track.Id).UpsertAsync(track)));

        var newReleases = grains.GetGrain<INewReleasesGrain>(INewReleasesGrain.SingletonKey);
        await newReleases.AddAsync([.. batch.Albums.Select(ToRef)]);
    }

    public static AlbumRef ToRef(AlbumDetails album) => new(
        album.Id,
        album.Name,
        album.AlbumType,
        album.ReleaseDate,
        album.Tracks.Length,
        album.Artists,
        album.Images);
}
