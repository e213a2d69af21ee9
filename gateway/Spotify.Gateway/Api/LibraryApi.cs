using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Library;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;
using Spotify.Gateway.Paging;

namespace Spotify.Gateway.Api;

/// <summary>The user's saved tracks and albums: <c>/v1/me/tracks</c> and <c>/v1/me/albums</c>.</summary>
public static class LibraryApi
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 50;

    public static IEndpointRouteBuilder MapLibraryApi(this IEndpointRouteBuilder routes)
    {
        var me = routes.MapGroup("/v1/me").WithTags("Library");
        me.MapGet("/tracks", GetSavedTracksAsync).WithName("get-users-saved-tracks")
            .WithSummary("Get a page of the user's saved tracks, most recently saved first").RequireUserScope(SpotifyScopes.UserLibraryRead);
        me.MapPut("/tracks", SaveTracksAsync).WithName("save-tracks-user")
            .WithSummary("Save up to 50 tracks").RequireUserScope(SpotifyScopes.UserLibraryModify);
        me.MapDelete("/tracks", RemoveTracksAsync).WithName("remove-tracks-user")
            .WithSummary("Remove up to 50 saved tracks").RequireUserScope(SpotifyScopes.UserLibraryModify);
        me.MapGet("/tracks/contains", CheckSavedTracksAsync).WithName("check-users-saved-tracks")
            .WithSummary("Whether each track is saved").RequireUserScope(SpotifyScopes.UserLibraryRead);

        me.MapGet("/albums", GetSavedAlbumsAsync).WithName("get-users-saved-albums")
            .WithSummary("Get a page of the user's saved albums, most recently saved first").RequireUserScope(SpotifyScopes.UserLibraryRead);
        me.MapPut("/albums", SaveAlbumsAsync).WithName("save-albums-user")
            .WithSummary("Save up to 50 albums").RequireUserScope(SpotifyScopes.UserLibraryModify);
        me.MapDelete("/albums", RemoveAlbumsAsync).WithName("remove-albums-user")
            .WithSummary("Remove up to 50 saved albums").RequireUserScope(SpotifyScopes.UserLibraryModify);
        me.MapGet("/albums/contains", CheckSavedAlbumsAsync).WithName("check-users-saved-albums")
            .WithSummary("Whether each album is saved").RequireUserScope(SpotifyScopes.UserLibraryRead);
        return routes;
    }

    public static Task<Results<Ok<PagingObject<SavedTrackObject>>, ApiError>> GetSavedTracksAsync(
        string? limit, string? offset, ClaimsPrincipal caller, IGrainFactory grains, ApiUrls urls) =>
        GetShelfPageAsync(
            LibraryShelf.Tracks, "/v1/me/tracks", limit, offset, caller, grains, urls,
            trackId => grains.GetGrain<ITrackGrain>(trackId).GetAsync(),
            (saved, track) => new SavedTrackObject(Timestamps.Format(saved.AddedAt), CatalogObjects.Track(track, urls)));

    public static Task<Results<Ok<PagingObject<SavedAlbumObject>>, ApiError>> GetSavedAlbumsAsync(
        string? limit, string? offset, ClaimsPrincipal caller, IGrainFactory grains, ApiUrls urls) =>
        GetShelfPageAsync(
            LibraryShelf.Albums, "/v1/me/albums", limit, offset, caller, grains, urls,
            albumId => grains.GetGrain<IAlbumGrain>(albumId).GetAsync(),
            (saved, album) => new SavedAlbumObject(Timestamps.Format(saved.AddedAt), CatalogObjects.Album(album, urls)));

    public static async Task<Results<Ok, ApiError>> SaveTracksAsync(
        string? ids, HttpRequest request, ClaimsPrincipal caller, IGrainFactory grains, TimeProvider time) =>
        await LibraryShelfEndpoints.AddAsync(LibraryShelf.Tracks, ids, request, caller, grains, time,
            async trackId => await grains.GetGrain<ITrackGrain>(trackId).GetAsync() is not null, SpotifyUri.Track) is { } error
            ? error
            : TypedResults.Ok();

    public static async Task<Results<Ok, ApiError>> SaveAlbumsAsync(
        string? ids, HttpRequest request, ClaimsPrincipal caller, IGrainFactory grains, TimeProvider time) =>
        await LibraryShelfEndpoints.AddAsync(LibraryShelf.Albums, ids, request, caller, grains, time,
            async albumId => await grains.GetGrain<IAlbumGrain>(albumId).GetAsync() is not null, SpotifyUri.Album) is { } error
            ? error
            : TypedResults.Ok();

    public static async Task<Results<Ok, ApiError>> RemoveTracksAsync(string? ids, HttpRequest request, ClaimsPrincipal caller, IGrainFactory grains) =>
        await LibraryShelfEndpoints.RemoveAsync(LibraryShelf.Tracks, ids, request, caller, grains) is { } error ? error : TypedResults.Ok();

    public static async Task<Results<Ok, ApiError>> RemoveAlbumsAsync(string? ids, HttpRequest request, ClaimsPrincipal caller, IGrainFactory grains) =>
        await LibraryShelfEndpoints.RemoveAsync(LibraryShelf.Albums, ids, request, caller, grains) is { } error ? error : TypedResults.Ok();

    public static Task<Results<Ok<ImmutableArray<bool>>, ApiError>> CheckSavedTracksAsync(string? ids, ClaimsPrincipal caller, IGrainFactory grains) =>
        LibraryShelfEndpoints.ContainsAsync(LibraryShelf.Tracks, ids, caller, grains);

    public static Task<Results<Ok<ImmutableArray<bool>>, ApiError>> CheckSavedAlbumsAsync(string? ids, ClaimsPrincipal caller, IGrainFactory grains) =>
        LibraryShelfEndpoints.ContainsAsync(LibraryShelf.Albums, ids, caller, grains);

    /// <summary>A page of a shelf, each saved id looked up; ids that left the catalog are skipped.</summary>
    private static async Task<Results<Ok<PagingObject<TObject>>, ApiError>> GetShelfPageAsync<TItem, TObject>(
        LibraryShelf shelf,
        string path,
        string? limit,
        string? offset,
        ClaimsPrincipal caller,
        IGrainFactory grains,
        ApiUrls urls,
        Func<string, Task<TItem?>> load,
        Func<SavedItem, TItem, TObject> toObject)
        where TItem : class
    {
        if (!PageRequest.TryRead(limit, offset, DefaultLimit, MaxLimit, out var page, out var error))
        {
            return ApiError.BadRequest(error);
        }
        var saved = await LibraryShelfEndpoints.Library(grains, caller).GetPageAsync(shelf, page.Offset, page.Limit);
        var items = await Task.WhenAll(saved.Items.Select(item => load(item.Id)));
        var objects = saved.Items.Zip(items)
            .Where(pair => pair.Second is not null)
            .Select(pair => toObject(pair.First, pair.Second!))
            .ToList();
        return TypedResults.Ok(PagingLinks.Create(urls, path, page, saved.Total, objects));
    }
}
