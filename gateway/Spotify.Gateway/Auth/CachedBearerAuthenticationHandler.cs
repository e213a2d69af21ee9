using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Spotify.Gateway.Auth;

/// <summary>
/// Checks a bearer token with OpenIddict once, then remembers the result until the token expires
/// (at most <see cref="LongestRemembered"/>), so that a client's next requests skip parsing the JWT
/// and verifying its signature. Nothing is lost by it: access tokens are self-contained JWTs that
/// OpenIddict checks by signature and lifetime alone, never against the token store. Failures are
/// not remembered, and challenges and forbids are OpenIddict's own.
/// </summary>
public sealed class CachedBearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ValidatedTokenCache cache,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "SpotifyBearer";

    private const string BearerPrefix = "Bearer ";
    private static readonly TimeSpan LongestRemembered = TimeSpan.FromMinutes(10);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        var token = header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : null;
        var now = time.GetUtcNow();
        if (token is { Length: > 0 } && cache.TryGet(token, now) is { } remembered)
        {
            return AuthenticateResult.Success(new AuthenticationTicket(remembered, Scheme.Name));
        }

        var result = await Context.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        if (result.Succeeded && token is { Length: > 0 } && ExpiresAt(result.Principal) is { } expiresAt && expiresAt > now)
        {
            cache.Remember(token, result.Principal, expiresAt < now + LongestRemembered ? expiresAt : now + LongestRemembered);
        }
        return result;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Context.ChallengeAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme, properties);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Context.ForbidAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme, properties);

    private static DateTimeOffset? ExpiresAt(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirst(Claims.ExpiresAt)?.Value, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
