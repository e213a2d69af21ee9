using System.Security.Claims;
using OpenIddict.Abstractions;

namespace Spotify.Gateway.Auth;

/// <summary>The access token claims the gateway reads.</summary>
public static class SpotifyClaims
{
    public const string Subject = OpenIddictConstants.Claims.Subject;
    public const string ClientId = OpenIddictConstants.Claims.ClientId;

    /// <summary>
    /// The user a token acts for, or null for a client's own token (client credentials), whose
    /// subject is the client itself.
    /// </summary>
    public static string? UserId(ClaimsPrincipal principal)
    {
        var subject = principal.FindFirst(Subject)?.Value;
        return subject is not null && subject != principal.FindFirst(ClientId)?.Value ? subject : null;
    }

    /// <summary>The user behind a token that a user policy already let through.</summary>
    public static string RequiredUserId(ClaimsPrincipal principal) =>
        UserId(principal) ?? throw new InvalidOperationException("A user policy let a token without a user through.");
}
