using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Spotify.Contracts.Users;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Spotify.Gateway.Auth;

/// <summary>
/// <c>POST /api/token</c> (form-encoded, as Spotify's accounts service): OpenIddict has already
/// authenticated the client and checked the code, PKCE verifier or refresh token; this decides
/// what the new tokens say.
/// </summary>
public static class TokenEndpoint
{
    public const string Path = "/api/token";

    public static async Task<IResult> HandleAsync(HttpContext http, IGrainFactory grains)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The token endpoint was reached without an OpenIddict request.");

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var stored = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var userId = stored.Principal?.GetClaim(Claims.Subject);
            if (userId is null || await grains.GetGrain<IUserGrain>(userId).GetProfileAsync() is null)
            {
                return Reject(OpenIddictConstants.Errors.InvalidGrant, "The account this grant was issued to no longer exists.");
            }
            var identity = new ClaimsIdentity(stored.Principal!.Claims, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.SetDestinations(TokenClaims.Destinations);
            return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsClientCredentialsGrantType())
        {
            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, request.ClientId);
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(TokenClaims.Destinations);
            return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Reject(OpenIddictConstants.Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private static IResult Reject(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
