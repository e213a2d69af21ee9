using System.Globalization;
using Spotify.Media.Tools;

namespace Spotify.Media.Transcoding;

/// <summary>Encodes the Ogg Vorbis renditions (96, 160 and 320 kbps) in one ffmpeg run, in clear.</summary>
public sealed class OggLadder(MediaTools tools)
{
    public static IReadOnlyList<int> BitRates { get; } = [96_000, 160_000, 320_000];

    /// <summary>Writes <c>96.ogg</c>, <c>160.ogg</c> and <c>320.ogg</c> into <paramref name="directory"/>.</summary>
    /// <param name="duration">The input's duration, to report progress against.</param>
    /// <exception cref="ToolFailedException">ffmpeg failed.</exception>
    public async Task<IReadOnlyList<LadderOutput>> EncodeAsync(
        string input, string directory, TimeSpan duration, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var outputs = BitRates
            .Select(bitRate => new LadderOutput(bitRate, Path.Combine(Path.GetFullPath(directory), $"{bitRate / 1000}.ogg")))
            .ToList();
        // A full path never reads as an ffmpeg protocol (pipe:, http:) whatever the file is called.
        List<string> arguments = ["-v", "error", "-i", Path.GetFullPath(input)];
        foreach (var output in outputs)
        {
            var rate = string.Create(CultureInfo.InvariantCulture, $"{output.NominalBitRate / 1000}k");
            arguments.AddRange(
            [
                "-map", "0:a:0", "-map_metadata", "-1",
                // Stereo at 44.1 kHz for every source: libvorbis cannot reach 320 kbps in mono.
                "-ac", "2", "-ar", "44100",
                // -b:a alone is only a target for libvorbis's VBR, which undershoots on simple
                // signals; equal minimum and maximum rates switch it to managed bit rate.
                "-c:a", "libvorbis", "-b:a", rate, "-minrate", rate, "-maxrate", rate,
                output.Path,
            ]);
        }
        await tools.RunFfmpegAsync(arguments, duration, progress, cancellationToken);
        return outputs;
    }
}
