using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Library;
using Spotify.Contracts.Playlists;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;
using Spotify.Gateway.Paging;
using Spotify.Gateway.Playlists;

namespace Spotify.Gateway.Api;

/// <summary>Creating, reading and changing playlists, and the lists of a user's playlists.</summary>
public static class PlaylistsApi
{
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 300;
    public const int DefaultListLimit = 20;
    public const int MaxListLimit = 50;

    public static IEndpointRouteBuilder MapPlaylistsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v1/me/playlists", CreateMyPlaylistAsync).WithTags("Playlists").WithName("create-playlist-me")
            .WithSummary("Create a playlist for the signed-in user").RequireUserScope(SpotifyScopes.PlaylistModifyPublic);
        routes.MapPost("/v1/users/{userId}/playlists", CreateUsersPlaylistAsync).WithTags("Playlists").WithName("create-playlist")
            .WithSummary("Create a playlist for a user; only for yourself").RequireUserScope(SpotifyScopes.PlaylistModifyPublic);
        routes.MapGet("/v1/me/playlists", GetMyPlaylistsAsync).WithTags("Playlists").WithName("get-a-list-of-current-users-playlists")
            .WithSummary("Get the playlists the user owns or follows; private ones with playlist-read-private").RequireUser();
        routes.MapGet("/v1/users/{userId}/playlists", GetUsersPlaylistsAsync).WithTags("Playlists").WithName("get-list-users-playlists")
            .WithSummary("Get a user's public playlists").RequireToken();
        var playlist = routes.MapGroup("/v1/playlists/{id}").WithTags("Playlists");
        playlist.MapGet("/", GetPlaylistAsync).WithName("get-playlist")
            .WithSummary("Get a playlist with its first 100 items").RequireToken();
        playlist.MapPut("/", ChangePlaylistAsync).WithName("change-playlist-details")
            .WithSummary("Change a playlist's name, description, public or collaborative setting").RequireUserScope(SpotifyScopes.PlaylistModifyPublic);
        return routes;
    }

    public static Task<Results<Created<PlaylistObject>, ApiError>> CreateMyPlaylistAsync(
        CreatePlaylistRequest request, ClaimsPrincipal caller, IGrainFactory grains, ApiUrls urls, TimeProvider time) =>
        CreateAsync(SpotifyClaims.RequiredUserId(caller), request, caller, grains, urls, time);

    public static async Task<Results<Created<PlaylistObject>, ApiError>> CreateUsersPlaylistAsync(
        string userId, CreatePlaylistRequest request, ClaimsPrincipal caller, IGrainFactory grains, ApiUrls urls, TimeProvider time) =>
        userId == SpotifyClaims.RequiredUserId(caller)
            ? await CreateAsync(userId, request, caller, grains, urls, time)
            : ApiError.WithStatus(StatusCodes.Status403Forbidden, "You can only create playlists for yourself");

    public static async Task<Results<Ok<PlaylistObject>, ApiError>> GetPlaylistAsync(
        string id, ClaimsPrincipal caller, IGrainFactory grains, ApiUrls urls)
    {
        var callerId = SpotifyClaims.UserId(caller);
        return await ItemLookup.GetAsync(
            id,
            SpotifyUri.Playlist,
            playlistId => grains.GetGrain<IPlaylistGrain>(playlistId).GetAsync(callerId),
            async details => await new PlaylistObjects(grains, urls).FullAsync(
                details, await grains.GetGrain<IPlaylistGrain>(details.Id).GetItemsAsync(callerId, 0, PlaylistObjects.DefaultItemLimit)));
    }

    public static async Task<Results<Ok, ApiError>> ChangePlaylistAsync(
        string id, CreatePlaylistRequest request, ClaimsPrincipal caller, IGrainFactory grains)
    {
        if (!SpotifyId.IsValid(id))
        {
            return ApiError.BadRequest(IdList.InvalidIdMessage);
        }
        if (Problem(request, nameRequired: false) is { } problem)
        {
            return ApiError.BadRequest(problem);
        }
        if (request.Public == false && !caller.HasScope(SpotifyScopes.PlaylistModifyPrivate))
        {
            return ApiError.WithStatus(StatusCodes.Status403Forbidden, "Insufficient client scope: needs playlist-modify-private");
        }
        await grains.GetGrain<IPlaylistGrain>(id).ChangeDetailsAsync(
            SpotifyClaims.RequiredUserId(caller),
            new PlaylistChanges(request.Name?.Trim(), request.Description, request.Public, request.Collaborative));
        return TypedResults.Ok();
    }

    public static Task<Results<Ok<PagingObject<SimplifiedPlaylistObject>>, ApiError>> GetMyPlaylistsAsync(
        string? limit, string? offset, ClaimsPrincipal caller, IGrainFactory grains, ApiUrls urls)
    {
        var userId = SpotifyClaims.RequiredUserId(caller);
        return ListAsync(userId, userId, caller.HasScope(SpotifyScopes.PlaylistReadPrivate), "/v1/me/playlists", limit, offset, grains, urls);
    }

    public static Task<Results<Ok<PagingObject<SimplifiedPlaylistObject>>, ApiError>> GetUsersPlaylistsAsync(
        string userId, string? limit, string? offset, ClaimsPrincipal caller, IGrainFactory grains, ApiUrls urls) =>
        UserIds.IsValid(userId)
            ? ListAsync(userId, SpotifyClaims.UserId(caller), withPrivate: false, $"/v1/users/{userId}/playlists", limit, offset, grains, urls)
            : Task.FromResult<Results<Ok<PagingObject<SimplifiedPlaylistObject>>, ApiError>>(ApiError.BadRequest(IdList.InvalidIdMessage));

    private static async Task<Results<Created<PlaylistObject>, ApiError>> CreateAsync(
        string userId, CreatePlaylistRequest request, ClaimsPrincipal caller, IGrainFactory grains, ApiUrls urls, TimeProvider time)
    {
        if (Problem(request, nameRequired: true) is { } problem)
        {
            return ApiError.BadRequest(problem);
        }
        var isPublic = request.Public ?? true;
        if (!isPublic && !caller.HasScope(SpotifyScopes.PlaylistModifyPrivate))
        {
            return ApiError.WithStatus(StatusCodes.Status403Forbidden, "Insufficient client scope: needs playlist-modify-private");
        }
        var playlistId = SpotifyId.NewId();
        var playlist = grains.GetGrain<IPlaylistGrain>(playlistId);
        var details = await playlist.CreateAsync(new NewPlaylist(
            userId, request.Name!.Trim(), request.Description ?? "", isPublic, request.Collaborative ?? false));
        await grains.GetGrain<IUserLibraryGrain>(userId).AddAsync(LibraryShelf.FollowedPlaylists, [playlistId], time.GetUtcNow());
        var created = await new PlaylistObjects(grains, urls).FullAsync(details, await playlist.GetItemsAsync(userId, 0, 0));
        return TypedResults.Created(created.Href, created);
    }

    /// <summary>The playlists on a user's shelf that <paramref name="viewerId"/> may see.</summary>
    private static async Task<Results<Ok<PagingObject<SimplifiedPlaylistObject>>, ApiError>> ListAsync(
        string userId, string? viewerId, bool withPrivate, string path, string? limit, string? offset, IGrainFactory grains, ApiUrls urls)
    {
        if (!PageRequest.TryRead(limit, offset, DefaultListLimit, MaxListLimit, out var page, out var error))
        {
            return ApiError.BadRequest(error);
        }
        var shelf = await grains.GetGrain<IUserLibraryGrain>(userId).GetPageAsync(LibraryShelf.FollowedPlaylists, 0, IUserLibraryGrain.MaxItemsPerShelf);
        var details = await Task.WhenAll(shelf.Items.Select(item => grains.GetGrain<IPlaylistGrain>(item.Id).GetAsync(viewerId)));
        var visible = details.OfType<PlaylistDetails>().Where(playlist => playlist.Public || withPrivate).ToList();
        var objects = new PlaylistObjects(grains, urls);
        var items = await Task.WhenAll(visible.Skip(page.Offset).Take(page.Limit).Select(objects.SimplifiedAsync));
        return TypedResults.Ok(PagingLinks.Create(urls, path, page, visible.Count, items));
    }

    private static string? Problem(CreatePlaylistRequest request, bool nameRequired)
    {
        var name = request.Name?.Trim();
        if ((nameRequired || request.Name is not null) && (name is null || name.Length is 0 or > MaxNameLength))
        {
            return $"name is required: 1 to {MaxNameLength} characters";
        }
        if (request.Description?.Length > MaxDescriptionLength)
        {
            return $"description may have at most {MaxDescriptionLength} characters";
        }
        if (request.Public == true && request.Collaborative == true)
        {
            return "A collaborative playlist cannot be public";
        }
        return null;
    }
}
