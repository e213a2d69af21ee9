using Microsoft.AspNetCore.Http.HttpResults;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;
using Spotify.Gateway.Paging;

namespace Spotify.Gateway.Api;

public static class AlbumsApi
{
    public const int MaxIdsPerRequest = 20;
    public const int DefaultTrackLimit = 20;
    public const int MaxTrackLimit = 50;

    public static IEndpointRouteBuilder MapAlbumsApi(this IEndpointRouteBuilder routes)
    {
        var albums = routes.MapGroup("/v1/albums").WithTags("Albums").RequireToken();
        albums.MapGet("/{id}", GetAlbumAsync)
            .WithName("get-album")
            .WithSummary("Get an album, with its first 50 tracks, by its Spotify id");
        albums.MapGet("/", GetSeveralAlbumsAsync)
            .WithName("get-multiple-albums")
            .WithSummary("Get up to 20 albums by their Spotify ids");
        albums.MapGet("/{id}/tracks", GetAlbumTracksAsync)
            .WithName("get-an-albums-tracks")
            .WithSummary("Get a page of an album's tracks");
        return routes;
    }

    public static Task<Results<Ok<AlbumObject>, ApiError>> GetAlbumAsync(string id, IGrainFactory grains, ApiUrls urls) =>
        ItemLookup.GetAsync(
            id,
            SpotifyUri.Album,
            albumId => grains.GetGrain<IAlbumGrain>(albumId).GetAsync(),
            album => CatalogObjects.Album(album, urls));

    public static Task<Results<Ok<SeveralAlbumsResponse>, ApiError>> GetSeveralAlbumsAsync(
        string? ids, IGrainFactory grains, ApiUrls urls) =>
        ItemLookup.GetSeveralAsync(
            ids,
            MaxIdsPerRequest,
            albumId => grains.GetGrain<IAlbumGrain>(albumId).GetAsync(),
            album => CatalogObjects.Album(album, urls),
            albums => new SeveralAlbumsResponse(albums));

    public static async Task<Results<Ok<PagingObject<SimplifiedTrackObject>>, ApiError>> GetAlbumTracksAsync(
        string id, string? limit, string? offset, IGrainFactory grains, ApiUrls urls)
    {
        if (!PageRequest.TryRead(limit, offset, DefaultTrackLimit, MaxTrackLimit, out var page, out var error))
        {
            return ApiError.BadRequest(error);
        }
        return await ItemLookup.GetAsync(
            id,
            SpotifyUri.Album,
            albumId => grains.GetGrain<IAlbumGrain>(albumId).GetAsync(),
            album => PagingLinks.Create(
                urls,
                $"/v1/albums/{album.Id}/tracks",
                page,
                album.Tracks.Length,
                album.Tracks.Skip(page.Offset).Take(page.Limit).Select(track => CatalogObjects.AlbumTrack(track, urls)).ToList()));
    }
}
