using Spotify.Media.Hls;

namespace Spotify.Media.Encryption;

/// <summary>Encrypts a packaged HLS variant in place: its media segments, then its media playlist's keys.</summary>
public static class HlsVariantEncryption
{
    /// <summary>
    /// Encrypts each media segment of the playlist at <paramref name="playlistPath"/> with
    /// AES-128-CBC under its own random IV, leaves the init segment in clear, and rewrites the
    /// playlist with an <c>EXT-X-KEY</c> per segment (see <see cref="MediaPlaylistRewriter"/>).
    /// </summary>
    /// <param name="keyUri">Where players fetch <paramref name="key"/>, such as <c>/v1/tracks/{id}/key</c>.</param>
    /// <returns>The rewritten playlist.</returns>
    public static async Task<MediaPlaylist> EncryptAsync(
        string playlistPath, ContentKey key, string keyUri, CancellationToken cancellationToken = default)
    {
        var clear = await File.ReadAllTextAsync(playlistPath, cancellationToken);
        var directory = Path.GetDirectoryName(Path.GetFullPath(playlistPath))!;
        var ivs = new List<byte[]>();
        foreach (var segment in MediaPlaylist.Parse(clear).Segments)
        {
            var iv = HlsSegmentCipher.NewIv();
            await HlsSegmentCipher.EncryptFileAsync(Path.Combine(directory, RelativeFile(segment.Uri)), key, iv, cancellationToken);
            ivs.Add(iv);
        }
        var encrypted = MediaPlaylistRewriter.AddSegmentKeys(clear, keyUri, ivs);
        await File.WriteAllTextAsync(playlistPath, encrypted, cancellationToken);
        return MediaPlaylist.Parse(encrypted);
    }

    // Media is served under a signed path prefix that only relative URIs inherit.
    private static string RelativeFile(string uri) =>
        Path.IsPathRooted(uri) || uri.Contains(':', StringComparison.Ordinal) || uri.Split('/').Contains("..")
            ? throw new InvalidDataException($"The segment URI {uri} is not relative to its playlist.")
            : uri;
}
