using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Library;
using Spotify.Contracts.Playlists;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Errors;

namespace Spotify.Gateway.Api;

/// <summary>Following playlists: <c>/v1/playlists/{id}/followers</c>.</summary>
public static class PlaylistFollowersApi
{
    public const int MaxIdsPerRequest = 5;

    public static IEndpointRouteBuilder MapPlaylistFollowersApi(this IEndpointRouteBuilder routes)
    {
        var followers = routes.MapGroup("/v1/playlists/{id}/followers").WithTags("Playlists");
        followers.MapPut("/", FollowAsync).WithName("follow-playlist")
            .WithSummary("Follow a playlist").RequireUserScope(SpotifyScopes.PlaylistModifyPublic);
        followers.MapDelete("/", UnfollowAsync).WithName("unfollow-playlist")
            .WithSummary("Unfollow a playlist").RequireUserScope(SpotifyScopes.PlaylistModifyPublic);
        followers.MapGet("/contains", ContainsAsync).WithName("check-if-user-follows-playlist")
            .WithSummary("Whether each of up to 5 users follows the playlist").RequireToken();
        return routes;
    }

    public static async Task<Results<Ok, ApiError>> FollowAsync(string id, ClaimsPrincipal caller, IGrainFactory grains, TimeProvider time)
    {
        if (!SpotifyId.IsValid(id))
        {
            return ApiError.BadRequest(IdList.InvalidIdMessage);
        }
        var userId = SpotifyClaims.RequiredUserId(caller);
        await grains.GetGrain<IPlaylistGrain>(id).FollowAsync(userId);
        await grains.GetGrain<IUserLibraryGrain>(userId).AddAsync(LibraryShelf.FollowedPlaylists, [id], time.GetUtcNow());
        return TypedResults.Ok();
    }

    public static async Task<Results<Ok, ApiError>> UnfollowAsync(string id, ClaimsPrincipal caller, IGrainFactory grains)
    {
        if (!SpotifyId.IsValid(id))
        {
            return ApiError.BadRequest(IdList.InvalidIdMessage);
        }
        var userId = SpotifyClaims.RequiredUserId(caller);
        await grains.GetGrain<IUserLibraryGrain>(userId).RemoveAsync(LibraryShelf.FollowedPlaylists, [id]);
        await grains.GetGrain<IPlaylistGrain>(id).UnfollowAsync(userId);
        return TypedResults.Ok();
    }

    public static async Task<Results<Ok<ImmutableArray<bool>>, ApiError>> ContainsAsync(
        string id, string? ids, ClaimsPrincipal caller, IGrainFactory grains)
    {
        if (!SpotifyId.IsValid(id))
        {
            return ApiError.BadRequest(IdList.InvalidIdMessage);
        }
        if (!IdList.TryRead(ids, MaxIdsPerRequest, out var userIds, out var error))
        {
            return ApiError.BadRequest(error);
        }
        var playlist = grains.GetGrain<IPlaylistGrain>(id);
        if (await playlist.GetAsync(SpotifyClaims.UserId(caller)) is null)
        {
            return ApiError.NotFound($"Non existing id: '{SpotifyUri.Playlist(id)}'");
        }
        return TypedResults.Ok(await playlist.GetFollowingAsync([.. userIds]));
    }
}
