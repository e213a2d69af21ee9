using Microsoft.AspNetCore.Http.HttpResults;
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
        var albums = routes.MapGroup("/v1/albums").WithTags("Albums");
        albums.MapGet("/{id}", GetAlbumAsync)
            .WithName("get-album")
            .WithSummary("Get an album, with its first 50 tracks, by its Spotify id");
        return routes;
    }

    public static async Task<Results<Ok<AlbumObject>, ApiError>> GetAlbumAsync(
        string id, IGrainFactory grains, ApiUrls urls)
    {
        if (!SpotifyId.IsValid(id))
        {
            return ApiError.BadRequest(IdList.InvalidIdMessage);
        }
        var album = await grains.GetGrain<IAlbumGrain>(id).GetAsync();
        return album is null
            ? ApiError.NotFound($"Non existing id: '{SpotifyUri.Album(id)}'")
            : TypedResults.Ok(CatalogObjects.Album(album, urls));
    }
}
