using System.Collections.Immutable;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Library;
using Spotify.Contracts.Users;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;
using Spotify.Gateway.Paging;

namespace Spotify.Gateway.Api;

/// <summary>Following artists and users: <c>/v1/me/following</c>.</summary>
public static class FollowApi
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 50;

    public static IEndpointRouteBuilder MapFollowApi(this IEndpointRouteBuilder routes)
    {
        var following = routes.MapGroup("/v1/me/following").WithTags("Follow");
        following.MapGet("/", GetFollowedArtistsAsync).WithName("get-followed")
            .WithSummary("Get the artists the user follows (type=artist), with cursor paging").RequireUserScope(SpotifyScopes.UserFollowRead);
        following.MapPut("/", FollowAsync).WithName("follow-artists-users")
            .WithSummary("Follow up to 50 artists or users (type=artist|user)").RequireUserScope(SpotifyScopes.UserFollowModify);
        following.MapDelete("/", UnfollowAsync).WithName("unfollow-artists-users")
            .WithSummary("Unfollow up to 50 artists or users").RequireUserScope(SpotifyScopes.UserFollowModify);
        following.MapGet("/contains", CheckFollowingAsync).WithName("check-current-user-follows")
            .WithSummary("Whether the user follows each artist or user").RequireUserScope(SpotifyScopes.UserFollowRead);
        return routes;
    }

    public static async Task<Results<Ok<FollowedArtistsResponse>, ApiError>> GetFollowedArtistsAsync(
        string? type, string? after, string? limit, ClaimsPrincipal caller, IGrainFactory grains, ApiUrls urls)
    {
        if (type != "artist")
        {
            return ApiError.BadRequest("Only type=artist can be listed");
        }
        if (!PageRequest.TryRead(limit, offset: null, DefaultLimit, MaxLimit, out var page, out var error))
        {
            return ApiError.BadRequest(error);
        }
        if (after is not null && !SpotifyId.IsValid(after))
        {
            return ApiError.BadRequest("Invalid after: expected the id of the last artist of the previous page");
        }
        // One more than asked for tells whether another page follows.
        var followed = await LibraryShelfEndpoints.Library(grains, caller).GetAfterAsync(LibraryShelf.FollowedArtists, after, page.Limit + 1);
        var onPage = followed.Items.Take(page.Limit).ToList();
        var artists = await Task.WhenAll(onPage.Select(item => grains.GetGrain<IArtistGrain>(item.Id).GetAsync()));
        var isLastPage = followed.Items.Length <= page.Limit;
        var lastId = onPage.Count == 0 ? null : onPage[^1].Id;
        string Link(string? cursor) => urls.Absolute(
            $"/v1/me/following?type=artist&limit={page.Limit.ToString(CultureInfo.InvariantCulture)}{(cursor is null ? "" : "&after=" + cursor)}");

        return TypedResults.Ok(new FollowedArtistsResponse(new CursorPagingObject<ArtistObject>(
            Link(after),
            artists.OfType<ArtistDetails>().Select(artist => CatalogObjects.Artist(artist, urls)).ToList(),
            page.Limit,
            isLastPage ? null : Link(lastId),
            new CursorsObject(isLastPage ? null : lastId, Before: null),
            followed.Total)));
    }

    public static async Task<Results<NoContent, ApiError>> FollowAsync(
        string? type, string? ids, HttpRequest request, ClaimsPrincipal caller, IGrainFactory grains, TimeProvider time)
    {
        if (Shelf(type) is not { } shelf)
        {
            return ApiError.BadRequest("type must be artist or user");
        }
        var error = shelf == LibraryShelf.FollowedArtists
            ? await LibraryShelfEndpoints.AddAsync(shelf, ids, request, caller, grains, time,
                async artistId => await grains.GetGrain<IArtistGrain>(artistId).GetAsync() is not null, SpotifyUri.Artist)
            : await LibraryShelfEndpoints.AddAsync(shelf, ids, request, caller, grains, time,
                async userId => await grains.GetGrain<IUserGrain>(userId).GetProfileAsync() is not null, SpotifyUri.User);
        return error is null ? TypedResults.NoContent() : error;
    }

    public static async Task<Results<NoContent, ApiError>> UnfollowAsync(
        string? type, string? ids, HttpRequest request, ClaimsPrincipal caller, IGrainFactory grains)
    {
        if (Shelf(type) is not { } shelf)
        {
            return ApiError.BadRequest("type must be artist or user");
        }
        return await LibraryShelfEndpoints.RemoveAsync(shelf, ids, request, caller, grains) is { } error ? error : TypedResults.NoContent();
    }

    public static async Task<Results<Ok<ImmutableArray<bool>>, ApiError>> CheckFollowingAsync(
        string? type, string? ids, ClaimsPrincipal caller, IGrainFactory grains) =>
        Shelf(type) is { } shelf
            ? await LibraryShelfEndpoints.ContainsAsync(shelf, ids, caller, grains)
            : ApiError.BadRequest("type must be artist or user");

    private static LibraryShelf? Shelf(string? type) => type switch
    {
        "artist" => LibraryShelf.FollowedArtists,
        "user" => LibraryShelf.FollowedUsers,
        _ => null,
    };
}
