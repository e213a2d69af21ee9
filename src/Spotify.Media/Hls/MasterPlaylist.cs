using System.Globalization;
using System.Text;

namespace Spotify.Media.Hls;

/// <summary>An HLS master (multivariant) playlist: the variants a player chooses between.</summary>
public sealed record MasterPlaylist(IReadOnlyList<HlsVariant> Variants)
{
    private const string StreamInf = "#EXT-X-STREAM-INF";

    /// <exception cref="FormatException">The text is not a master playlist this parser understands.</exception>
    public static MasterPlaylist Parse(string playlist)
    {
        var variants = new List<HlsVariant>();
        IReadOnlyDictionary<string, string>? pending = null;
        foreach (var line in PlaylistLines.Of(playlist))
        {
            if (PlaylistLines.ValueOf(line, StreamInf) is { } attributes)
            {
                pending = HlsAttributeList.Parse(attributes);
            }
            else if (PlaylistLines.IsUri(line) && pending is not null)
            {
                variants.Add(Variant(pending, line));
                pending = null;
            }
        }
        return new MasterPlaylist(variants);
    }

    /// <summary>The playlist's M3U8 text.</summary>
    public string ToM3u8()
    {
        var text = new StringBuilder().Append(PlaylistLines.Header).Append('\n')
            // Every AAC frame decodes on its own, so every segment can start playback.
            .Append("#EXT-X-INDEPENDENT-SEGMENTS\n");
        foreach (var variant in Variants)
        {
            text.Append(CultureInfo.InvariantCulture, $"{StreamInf}:BANDWIDTH={variant.Bandwidth}");
            if (variant.AverageBandwidth is { } average)
            {
                text.Append(CultureInfo.InvariantCulture, $",AVERAGE-BANDWIDTH={average}");
            }
            if (variant.Codecs is { } codecs)
            {
                text.Append(",CODECS=").Append(HlsAttributeList.Quoted(codecs));
            }
            text.Append('\n').Append(variant.Uri).Append('\n');
        }
        return text.ToString();
    }

    private static HlsVariant Variant(IReadOnlyDictionary<string, string> attributes, string uri) =>
        new(
            uri,
            attributes.TryGetValue("BANDWIDTH", out var bandwidth)
                ? long.Parse(bandwidth, CultureInfo.InvariantCulture)
                : throw new FormatException($"The variant {uri} has no BANDWIDTH."),
            attributes.TryGetValue("AVERAGE-BANDWIDTH", out var average) ? long.Parse(average, CultureInfo.InvariantCulture) : null,
            attributes.GetValueOrDefault("CODECS"));
}
