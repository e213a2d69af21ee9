using System.Globalization;
using Spotify.Media.Tools;

namespace Spotify.Media.Tests;

/// <summary>The real ffmpeg (<c>SPOTIFY_FFMPEG</c>, else PATH) and the clips the tests make with it.</summary>
internal static class TestMedia
{
    private static readonly Lazy<MediaTools> LocatedTools = new(() => MediaToolLocator.Locate());

    public static MediaTools Tools => LocatedTools.Value;

    /// <summary>
    /// Stereo 44.1 kHz WAV that keeps encoders honest: tones and pink and white noise, different in
    /// each channel, not a single sine a VBR encoder would compress to almost nothing.
    /// </summary>
    public static async Task<string> MusicLikeClipAsync(string directory, TimeSpan duration, string name = "clip.wav")
    {
        var length = $"sample_rate=44100:duration={Seconds(duration)}";
        var path = Path.Combine(directory, name);
        await Tools.RunFfmpegAsync(
            [
                "-v", "error",
                "-f", "lavfi", "-i", $"sine=frequency=220:{length}",
                "-f", "lavfi", "-i", $"sine=frequency=554:{length}",
                "-f", "lavfi", "-i", $"sine=frequency=1760:{length}",
                "-f", "lavfi", "-i", $"anoisesrc=color=pink:amplitude=0.3:seed=1:{length}",
                "-f", "lavfi", "-i", $"anoisesrc=color=pink:amplitude=0.3:seed=2:{length}",
                "-f", "lavfi", "-i", $"anoisesrc=color=white:amplitude=0.05:{length}",
                "-filter_complex", "[0][2][3]amix=inputs=3[left];[1][4][5]amix=inputs=3[right];[left][right]join=inputs=2:channel_layout=stereo",
                "-c:a", "pcm_s16le", path,
            ]);
        return path;
    }

    public static async Task<string> SilenceAsync(string directory, TimeSpan duration)
    {
        var path = Path.Combine(directory, "silence.wav");
        await Tools.RunFfmpegAsync(
            ["-v", "error", "-f", "lavfi", "-i", "anullsrc=sample_rate=44100:channel_layout=stereo", "-t", Seconds(duration), path]);
        return path;
    }

    /// <summary>Encodes <paramref name="source"/> with ffmpeg's own arguments, such as a codec and <c>-metadata</c>.</summary>
    public static async Task<string> EncodeAsync(string source, string path, params string[] outputArguments)
    {
        await Tools.RunFfmpegAsync(["-v", "error", "-i", source, .. outputArguments, path]);
        return path;
    }

    public static async Task<FfprobeFacts> ProbeAsync(string path)
    {
        var facts = await FirstAudioStreamAsync(path);
        return facts.TryGetValue("codec_name", out var codec) && facts.TryGetValue("duration", out var duration) && facts.TryGetValue("bit_rate", out var bitRate)
            ? new FfprobeFacts(codec, double.Parse(duration, CultureInfo.InvariantCulture), long.Parse(bitRate, CultureInfo.InvariantCulture))
            : throw new InvalidDataException($"ffprobe found no audio with a duration and a bit rate in {path}.");
    }

    /// <summary>The codec ffprobe finds in the file, or null when it finds no audio.</summary>
    public static async Task<string?> CodecOrNullAsync(string path)
    {
        try
        {
            return (await FirstAudioStreamAsync(path)).GetValueOrDefault("codec_name");
        }
        catch (ToolFailedException)
        {
            return null;
        }
    }

    private static async Task<Dictionary<string, string>> FirstAudioStreamAsync(string path)
    {
        var output = await Tools.RunFfprobeAsync(
            ["-of", "default=noprint_wrappers=1", "-show_entries", "format=duration,bit_rate:stream=codec_name", "-select_streams", "a:0", path]);
        return output.StandardOutput
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[1] != "N/A")
            .ToDictionary(pair => pair[0], pair => pair[1]);
    }

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString(CultureInfo.InvariantCulture);
}
