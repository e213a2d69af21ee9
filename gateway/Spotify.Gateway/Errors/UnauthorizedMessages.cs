using Microsoft.Net.Http.Headers;

namespace Spotify.Gateway.Errors;

/// <summary>The Spotify Web API's messages for a 401, told apart by what the token check reported.</summary>
internal static class UnauthorizedMessages
{
    public static string For(HttpContext context)
    {
        if (!context.Request.Headers.ContainsKey(HeaderNames.Authorization))
        {
            return "No token provided";
        }
        var challenge = context.Response.Headers.WWWAuthenticate.ToString();
        return challenge.Contains("no longer valid", StringComparison.Ordinal) ? "The access token expired" : "Invalid access token";
    }
}
