using System.Globalization;
using Spotify.Media.Tools;

namespace Spotify.Media.Transcoding;

/// <summary>
/// Packages the HLS ladder (AAC-LC at 64, 128 and 256 kbps, fMP4 segments of about six seconds,
/// VOD media playlists) in one ffmpeg run, in clear: ffmpeg refuses to encrypt fMP4 segments.
/// </summary>
public sealed class HlsLadder(MediaTools tools)
{
    public const string InitSegmentName = "init.mp4";
    public const string PlaylistName = "index.m3u8";

    /// <summary>The RFC 6381 codec of every variant, for the master playlist's CODECS.</summary>
    public const string Codecs = "mp4a.40.2";

    private const int SegmentSeconds = 6;

    public static IReadOnlyList<int> BitRates { get; } = [64_000, 128_000, 256_000];

    /// <summary>
    /// Writes, for each bit rate in kbps, <c>{kbps}/index.m3u8</c>, <c>{kbps}/init.mp4</c> and
    /// <c>{kbps}/seg_00000.m4s</c>… into <paramref name="directory"/>; the playlists use URIs
    /// relative to themselves. Returns the media playlists.
    /// </summary>
    /// <param name="duration">The input's duration, to report progress against.</param>
    /// <exception cref="ToolFailedException">ffmpeg failed.</exception>
    public async Task<IReadOnlyList<LadderOutput>> PackageAsync(
        string input, string directory, TimeSpan duration, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        List<string> arguments = ["-v", "error", "-i", Path.GetFullPath(input)];
        var outputs = new List<LadderOutput>();
        foreach (var bitRate in BitRates)
        {
            var variant = Directory.CreateDirectory(Path.Combine(directory, (bitRate / 1000).ToString(CultureInfo.InvariantCulture))).FullName;
            var playlist = Path.Combine(variant, PlaylistName);
            arguments.AddRange(
            [
                "-map", "0:a:0", "-map_metadata", "-1", "-ac", "2", "-ar", "44100",
                "-c:a", "aac", "-profile:a", "aac_low", "-b:a", string.Create(CultureInfo.InvariantCulture, $"{bitRate / 1000}k"),
                "-f", "hls", "-hls_time", SegmentSeconds.ToString(CultureInfo.InvariantCulture), "-hls_playlist_type", "vod",
                "-hls_segment_type", "fmp4", "-hls_fmp4_init_filename", InitSegmentName,
                "-hls_segment_filename", Path.Combine(variant, "seg_%05d.m4s"),
                playlist,
            ]);
            outputs.Add(new LadderOutput(bitRate, playlist));
        }
        await tools.RunFfmpegAsync(arguments, duration, progress, cancellationToken);
        return outputs;
    }
}
