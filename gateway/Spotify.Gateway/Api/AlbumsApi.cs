using Microsoft.AspNetCore.Http.HttpResults;
using Spotify.Gateway.Auth;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;

namespace Spotify.Gateway.Api;

public static class AlbumsApi
{
    public static IEndpointRouteBuilder MapAlbumsApi(this IEndpointRouteBuilder routes)
    {
        var albums = routes.MapGroup("/v1/albums").WithTags("Albums").RequireToken();
        albums.MapGet("/{id}", GetAlbumAsync)
            .WithName("get-album")
            .WithSummary("Get an album, with its first 50 tracks, by its Spotify id");
        return routes;
    }

    public static Task<Results<Ok<AlbumObject>, ApiError>> GetAlbumAsync(string id, IGrainFactory grains, ApiUrls urls) =>
        ItemLookup.GetAsync(
            id,
            SpotifyUri.Album,
            albumId => grains.GetGrain<IAlbumGrain>(albumId).GetAsync(),
            album => CatalogObjects.Album(album, urls));
}
