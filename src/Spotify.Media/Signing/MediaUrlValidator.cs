using System.Globalization;
using Spotify.Media.Storage;

namespace Spotify.Media.Signing;

/// <summary>
/// Checks a path made by <see cref="MediaUrlSigner"/> exactly as the CDN edge does: the parts must
/// be well formed, the signature must match in constant time, and the expiry (unix seconds) must
/// not be in the past. Rejects ".." and every other part that breaks the blob path rules.
/// </summary>
public sealed class MediaUrlValidator
{
    // Eleven digits reach the year 5138, within what DateTimeOffset holds.
    private const int MaximumExpiresDigits = 11;

    private readonly MediaSigningOptions _options;
    private readonly TimeProvider _timeProvider;

    public MediaUrlValidator(MediaSigningOptions options, TimeProvider timeProvider)
    {
        options.ThrowIfInvalid();
        _options = options;
        _timeProvider = timeProvider;
    }

    /// <param name="path">The request path, e.g. <c>/media/{signature}/{expires}/{userId}/{trackId}/{version}/hls/64/seg_00001.m4s</c>.</param>
    public MediaUrlValidation Validate(string path)
    {
        if (!path.StartsWith(MediaUrlSigner.PathPrefix, StringComparison.Ordinal))
        {
            return MediaUrlValidation.Invalid(MediaUrlFailure.Malformed);
        }
        var parts = path[MediaUrlSigner.PathPrefix.Length..].Split('/', 6);
        if (parts.Length != 6)
        {
            return MediaUrlValidation.Invalid(MediaUrlFailure.Malformed);
        }
        var (signature, expiresText, userId) = (parts[0], parts[1], parts[2]);
        var location = TrackFileLocation.Create(parts[3], parts[4], parts[5]);
        if (location is null
            || !MediaSignature.HasShape(signature)
            || !TryParseExpires(expiresText, out var expires)
            || !BlobPath.IsValidSegment(userId))
        {
            return MediaUrlValidation.Invalid(MediaUrlFailure.Malformed);
        }
        // The expiry is signed as written, as nginx does, not as re-formatted here.
        var scope = $"{expiresText}/{userId}/{location.TrackId}/{location.Version}";
        if (!MediaSignature.Matches(signature, scope, _options.Secret))
        {
            return MediaUrlValidation.Invalid(MediaUrlFailure.BadSignature);
        }
        if (expires < _timeProvider.GetUtcNow().ToUnixTimeSeconds())
        {
            return MediaUrlValidation.Invalid(MediaUrlFailure.Expired);
        }
        return MediaUrlValidation.Valid(new MediaGrant(
            location.BlobPath, userId, location.TrackId, location.Version, DateTimeOffset.FromUnixTimeSeconds(expires)));
    }

    private static bool TryParseExpires(string text, out long expires) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out expires)
        && text.Length <= MaximumExpiresDigits
        && expires > 0;
}
