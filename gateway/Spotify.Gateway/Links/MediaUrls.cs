using Microsoft.Extensions.Options;
using Spotify.Media.Signing;

namespace Spotify.Gateway.Links;

/// <summary>
/// Builds absolute signed media URLs for a user: the path <see cref="MediaUrlSigner"/> makes, after
/// the configured media base URL (the CDN edge), or else the API's base URL (see <see cref="ApiUrls"/>).
/// Handlers receive it as a parameter.
/// </summary>
public sealed class MediaUrls
{
    private readonly string _baseUrl;
    private readonly MediaUrlSigner _signer;

    private MediaUrls(string baseUrl, MediaUrlSigner signer)
    {
        _baseUrl = baseUrl.TrimEnd('/');
        _signer = signer;
    }

    public static async ValueTask<MediaUrls?> BindAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var baseUrl = services.GetRequiredService<IOptions<MediaUrlOptions>>().Value.PublicBaseUrl
            ?? (await ApiUrls.BindAsync(context))!.BaseUrl;
        return new MediaUrls(baseUrl, services.GetRequiredService<MediaUrlSigner>());
    }

    /// <param name="blobPath">A file of a track version: <c>tracks/{trackId}/{version}/{file}</c>.</param>
    public SignedMediaUrl Sign(string blobPath, string userId)
    {
        var signed = _signer.Sign(blobPath, userId);
        return new SignedMediaUrl(_baseUrl + signed.Path, signed.ExpiresAt);
    }
}
