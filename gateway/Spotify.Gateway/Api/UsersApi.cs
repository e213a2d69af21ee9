using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;
using Spotify.Gateway.Auth;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Users;
using Spotify.Gateway.Accounts;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;

namespace Spotify.Gateway.Api;

public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder routes)
    {
        var users = routes.MapGroup("/v1/users").WithTags("Users");
        users.MapPost("/", SignUpAsync)
            .WithName("sign-up")
            .WithSummary("Create an account from an email, a password and a display name")
            .Produces<ErrorResponse>(StatusCodes.Status409Conflict);
        users.MapGet("/{id}", GetUserAsync)
            .WithName("get-users-profile")
            .WithSummary("Get a user's public profile; the platform's own is at /v1/users/spotify")
            .RequireToken();
        routes.MapGet("/v1/me", GetCurrentUserAsync)
            .WithName("get-current-users-profile")
            .WithSummary("Get the signed-in user's profile; email with user-read-email, country and product with user-read-private")
            .WithTags("Users")
            .RequireUser();
        return routes;
    }

    public static async Task<Results<Created<UserObject>, ApiError>> SignUpAsync(
        SignUpRequest request, AccountService accounts, ApiUrls urls)
    {
        var signUp = SignUpValidator.Validate(request, out var error);
        if (signUp is null)
        {
            return ApiError.BadRequest(error);
        }
        var outcome = await accounts.SignUpAsync(signUp);
        if (outcome.Created is not { } profile)
        {
            return ApiError.Conflict("An account with this email address already exists");
        }
        var user = UserObjects.Private(profile, urls, withEmail: true, withPrivateDetails: true);
        return TypedResults.Created(user.Href, user);
    }

    public static async Task<Results<Ok<UserObject>, ApiError>> GetCurrentUserAsync(
        ClaimsPrincipal caller, IGrainFactory grains, ApiUrls urls)
    {
        var profile = await grains.GetGrain<IUserGrain>(SpotifyClaims.RequiredUserId(caller)).GetProfileAsync();
        return profile is null
            ? ApiError.NotFound("The account this token was issued to no longer exists")
            : TypedResults.Ok(UserObjects.Private(
                profile,
                urls,
                withEmail: caller.HasScope(SpotifyScopes.UserReadEmail),
                withPrivateDetails: caller.HasScope(SpotifyScopes.UserReadPrivate)));
    }

    public static Task<Results<Ok<UserObject>, ApiError>> GetUserAsync(string id, IGrainFactory grains, ApiUrls urls) =>
        ItemLookup.GetAsync(
            id,
            SpotifyUri.User,
            userId => grains.GetGrain<IUserGrain>(userId).GetProfileAsync(),
            profile => UserObjects.Public(profile, urls),
            UserIds.IsValid);
}
