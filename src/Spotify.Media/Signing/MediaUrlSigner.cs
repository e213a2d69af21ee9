using Spotify.Media.Storage;

namespace Spotify.Media.Signing;

/// <summary>
/// Makes short-lived media paths bound to a user, that the gateway (<see cref="MediaUrlValidator"/>)
/// and the CDN edge (nginx <c>secure_link</c>, see <c>deploy/nginx</c>) both check:
/// <c>/media/{signature}/{expires}/{userId}/{trackId}/{version}/{file}</c>, where
/// <c>signature = base64url(md5("{expires}/{userId}/{trackId}/{version} {secret}"))</c> and
/// <c>expires</c> is in unix seconds.
/// </summary>
/// <remarks>
/// The signature covers the track version's folder, not the file, so that the relative URIs in an
/// HLS playlist (<c>64/index.m3u8</c>, <c>seg_00001.m4s</c>) resolve to paths that carry it too.
/// </remarks>
public sealed class MediaUrlSigner
{
    public const string PathPrefix = "/media/";

    private readonly MediaSigningOptions _options;
    private readonly TimeProvider _timeProvider;

    public MediaUrlSigner(MediaSigningOptions options, TimeProvider timeProvider)
    {
        options.ThrowIfInvalid();
        _options = options;
        _timeProvider = timeProvider;
    }

    /// <param name="blobPath">A file of a track version: <c>tracks/{trackId}/{version}/{file}</c>.</param>
    /// <param name="lifetime">How long the path works; <see cref="MediaSigningOptions.UrlLifetime"/> when null.</param>
    /// <exception cref="ArgumentException">The blob path is not such a file, or the user id is not a valid path segment.</exception>
    public SignedMediaPath Sign(string blobPath, string userId, TimeSpan? lifetime = null)
    {
        var location = TrackFileLocation.FromBlobPath(BlobPath.Validate(blobPath, nameof(blobPath)))
            ?? throw new ArgumentException(
                $"'{blobPath}' is not a file of a track version ({TrackFileLocation.TracksFolder}/{{trackId}}/{{version}}/{{file}}).",
                nameof(blobPath));
        if (!BlobPath.IsValidSegment(userId))
        {
            throw new ArgumentException($"'{userId}' cannot be part of a media path.", nameof(userId));
        }
        var validFor = lifetime ?? _options.UrlLifetime;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(validFor, TimeSpan.Zero, nameof(lifetime));

        var expires = (_timeProvider.GetUtcNow() + validFor).ToUnixTimeSeconds();
        var scope = $"{expires}/{userId}/{location.TrackId}/{location.Version}";
        var signature = MediaSignature.Compute(scope, _options.Secret);
        return new SignedMediaPath($"{PathPrefix}{signature}/{scope}/{location.File}", DateTimeOffset.FromUnixTimeSeconds(expires));
    }
}
