using System.Security.Claims;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Spotify.Gateway.Auth;

internal static class TokenClaims
{
    /// <summary>Only the subject goes into access tokens; nothing else about the user leaves the server.</summary>
    public static IEnumerable<string> Destinations(Claim claim) =>
        claim.Type == Claims.Subject ? [OpenIddict.Abstractions.OpenIddictConstants.Destinations.AccessToken] : [];
}
