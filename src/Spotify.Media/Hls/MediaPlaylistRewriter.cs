using System.Text;

namespace Spotify.Media.Hls;

/// <summary>Rewrites a clear media playlist into the one that describes its encrypted segments.</summary>
public static class MediaPlaylistRewriter
{
    private const string SegmentInfo = "#EXTINF";

    /// <summary>
    /// Puts an <c>EXT-X-KEY:METHOD=AES-128</c> tag with the segment's own IV before each segment of
    /// <paramref name="playlist"/>, keeping every other line. The first key comes right after
    /// <c>EXT-X-MAP</c>, so the init segment stays in clear.
    /// </summary>
    /// <param name="keyUri">Where players fetch the key, as it should appear in the playlist.</param>
    /// <param name="segmentIvs">One 16-byte IV per segment, in playlist order.</param>
    /// <exception cref="ArgumentException">The IVs do not match the segments, or the playlist is already encrypted.</exception>
    public static string AddSegmentKeys(string playlist, string keyUri, IReadOnlyList<byte[]> segmentIvs)
    {
        var lines = PlaylistLines.Of(playlist);
        var segments = lines.Count(line => line.StartsWith(SegmentInfo, StringComparison.Ordinal));
        if (segments != segmentIvs.Count || segmentIvs.Any(iv => iv.Length != 16))
        {
            throw new ArgumentException($"The playlist has {segments} segments; give one 16-byte IV for each, not {segmentIvs.Count}.", nameof(segmentIvs));
        }
        if (lines.Any(line => line.StartsWith("#EXT-X-KEY", StringComparison.Ordinal)))
        {
            throw new ArgumentException("The playlist is already encrypted.", nameof(playlist));
        }

        var uri = HlsAttributeList.Quoted(keyUri);
        var text = new StringBuilder();
        var segment = 0;
        foreach (var line in lines)
        {
            if (line.StartsWith("#EXT-X-MAP", StringComparison.Ordinal) && segment > 0)
            {
                throw new ArgumentException("An EXT-X-MAP after the first segment would be covered by a key.", nameof(playlist));
            }
            if (line.StartsWith(SegmentInfo, StringComparison.Ordinal))
            {
                text.Append($"#EXT-X-KEY:METHOD=AES-128,URI={uri},IV=0x{Convert.ToHexString(segmentIvs[segment])}\n");
                segment++;
            }
            text.Append(line).Append('\n');
        }
        return text.ToString();
    }
}
