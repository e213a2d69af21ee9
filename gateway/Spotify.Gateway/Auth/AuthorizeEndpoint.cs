using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Spotify.Gateway.Accounts;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Spotify.Gateway.Auth;

/// <summary>
/// <c>/authorize</c>: OpenIddict has already checked the client, redirect URI, PKCE and scopes.
/// GET shows the sign-in form; POST checks the email and password and signs the user in, which
/// OpenIddict answers with a redirect carrying the code. No cookies: the form carries the request.
/// </summary>
public static class AuthorizeEndpoint
{
    public const string Path = "/authorize";

    public static async Task<IResult> HandleAsync(HttpContext http, AccountService accounts, SignInThrottle throttle)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The authorization endpoint was reached without an OpenIddict request.");
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return LoginPage.Render(request, error: null);
        }

        var email = EmailAddress.Normalize((string?)request[LoginPage.UsernameField] ?? "");
        var password = (string?)request[LoginPage.PasswordField] ?? "";
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (await throttle.TryAttemptAsync(email, address, http.RequestAborted) is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            return LoginPage.Render(request, "Too many sign-in attempts; try again later.", StatusCodes.Status429TooManyRequests);
        }
        if (await accounts.VerifyAsync(email, password) is not { } userId)
        {
            return LoginPage.Render(request, "Incorrect email address or password.");
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, userId);
        // Spotify's clients always get a refresh token with a user's access token.
        identity.SetScopes(request.GetScopes().Append(Scopes.OfflineAccess).Distinct(StringComparer.Ordinal));
        identity.SetDestinations(TokenClaims.Destinations);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
