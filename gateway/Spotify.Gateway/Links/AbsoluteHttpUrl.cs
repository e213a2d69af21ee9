namespace Spotify.Gateway.Links;

/// <summary>The rule for configured base URLs: absolute, with the http or https scheme.</summary>
public static class AbsoluteHttpUrl
{
    public static bool IsValid(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
