using System.Globalization;

namespace Spotify.Media.Hls;

/// <summary>An HLS media playlist: the segments of one variant.</summary>
/// <param name="MapUri">The <c>EXT-X-MAP</c> initialization section (an fMP4 init segment), if any.</param>
/// <param name="MapKey">The key in effect where <c>EXT-X-MAP</c> appears; null when the init section is in clear.</param>
/// <param name="IsComplete">Whether the playlist ends with <c>EXT-X-ENDLIST</c>: no segment will be added.</param>
public sealed record MediaPlaylist(
    TimeSpan TargetDuration,
    long MediaSequence,
    string? MapUri,
    HlsKey? MapKey,
    IReadOnlyList<HlsSegment> Segments,
    bool IsComplete)
{
    public TimeSpan Duration => Segments.Aggregate(TimeSpan.Zero, (total, segment) => total + segment.Duration);

    /// <exception cref="FormatException">The text is not a media playlist this parser understands.</exception>
    public static MediaPlaylist Parse(string playlist)
    {
        var state = new ParseState();
        foreach (var line in PlaylistLines.Of(playlist))
        {
            state.Read(line);
        }
        return state.TargetDuration is { } targetDuration
            ? new MediaPlaylist(targetDuration, state.MediaSequence, state.MapUri, state.MapKey, state.Segments, state.IsComplete)
            : throw new FormatException("A media playlist has an EXT-X-TARGETDURATION.");
    }

    private sealed class ParseState
    {
        private HlsKey? _key;
        private TimeSpan? _pendingDuration;

        public TimeSpan? TargetDuration { get; private set; }

        public long MediaSequence { get; private set; }

        public string? MapUri { get; private set; }

        public HlsKey? MapKey { get; private set; }

        public List<HlsSegment> Segments { get; } = [];

        public bool IsComplete { get; private set; }

        public void Read(string line)
        {
            if (PlaylistLines.ValueOf(line, "#EXT-X-TARGETDURATION") is { } target)
            {
                TargetDuration = TimeSpan.FromSeconds(int.Parse(target, CultureInfo.InvariantCulture));
            }
            else if (PlaylistLines.ValueOf(line, "#EXT-X-MEDIA-SEQUENCE") is { } sequence)
            {
                MediaSequence = long.Parse(sequence, CultureInfo.InvariantCulture);
            }
            else if (PlaylistLines.ValueOf(line, "#EXT-X-MAP") is { } map)
            {
                MapUri = HlsAttributeList.Parse(map).GetValueOrDefault("URI")
                    ?? throw new FormatException("EXT-X-MAP has no URI.");
                MapKey = _key;
            }
            else if (PlaylistLines.ValueOf(line, "#EXT-X-KEY") is { } key)
            {
                _key = Key(HlsAttributeList.Parse(key));
            }
            else if (PlaylistLines.ValueOf(line, "#EXTINF") is { } info)
            {
                var seconds = info.Split(',', 2)[0];
                _pendingDuration = TimeSpan.FromSeconds(double.Parse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture));
            }
            else if (line == "#EXT-X-ENDLIST")
            {
                IsComplete = true;
            }
            else if (PlaylistLines.IsUri(line))
            {
                var duration = _pendingDuration ?? throw new FormatException($"The segment {line} has no EXTINF.");
                Segments.Add(new HlsSegment(duration, line, _key));
                _pendingDuration = null;
            }
        }

        private static HlsKey? Key(IReadOnlyDictionary<string, string> attributes)
        {
            var method = attributes.GetValueOrDefault("METHOD") ?? throw new FormatException("EXT-X-KEY has no METHOD.");
            if (method == "NONE")
            {
                return null;
            }
            var iv = attributes.GetValueOrDefault("IV");
            return new HlsKey(method, attributes.GetValueOrDefault("URI"), iv is null ? null : Iv(iv));
        }

        // A hexadecimal-sequence: 0x and up to 32 hex digits of a 128-bit integer.
        private static byte[] Iv(string hexadecimal) =>
            hexadecimal.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && hexadecimal.Length is > 2 and <= 34
                ? Convert.FromHexString(hexadecimal[2..].PadLeft(32, '0'))
                : throw new FormatException($"The IV {hexadecimal} is not a 128-bit hexadecimal-sequence.");
    }
}
