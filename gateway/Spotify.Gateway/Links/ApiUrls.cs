using Microsoft.Extensions.Options;

namespace Spotify.Gateway.Links;

/// <summary>
/// Builds the absolute URLs a response carries (object <c>href</c>s, paging links) from the
/// configured public base URL, or else from the request's own scheme and host. Handlers receive it
/// as a parameter.
/// </summary>
public sealed class ApiUrls
{
    private ApiUrls(string baseUrl) => BaseUrl = baseUrl.TrimEnd('/');

    public string BaseUrl { get; }

    public static ValueTask<ApiUrls?> BindAsync(HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<IOptions<PublicUrlOptions>>().Value.PublicBaseUrl;
        var request = context.Request;
        return ValueTask.FromResult<ApiUrls?>(new ApiUrls(configured ?? $"{request.Scheme}://{request.Host}{request.PathBase}"));
    }

    public string Track(string id) => $"{BaseUrl}/v1/tracks/{id}";

    public string Album(string id) => $"{BaseUrl}/v1/albums/{id}";

    public string Artist(string id) => $"{BaseUrl}/v1/artists/{id}";

    public string User(string id) => $"{BaseUrl}/v1/users/{id}";

    public string Playlist(string id) => $"{BaseUrl}/v1/playlists/{id}";

    /// <param name="path">A path below the base URL, starting with a slash.</param>
    public string Absolute(string path) => BaseUrl + path;
}
