using System.Globalization;
using System.Text.Json;
using Spotify.Media.Tools;

namespace Spotify.Media.Analysis;

/// <summary>Decides with ffprobe whether a file is audio, and reads its duration, codec and format.</summary>
public sealed class AudioProbe(MediaTools tools)
{
    /// <exception cref="UnsupportedAudioException">The file has no audio stream, or ffprobe cannot read it.</exception>
    public async Task<ProbedAudio> ProbeAsync(string path, CancellationToken cancellationToken = default)
    {
        // A full path never reads as an ffmpeg protocol (pipe:, http:) whatever the file is called.
        var fullPath = Path.GetFullPath(path);
        ToolOutput output;
        try
        {
            output = await tools.RunFfprobeAsync(["-of", "json", "-show_format", "-show_streams", fullPath], cancellationToken);
        }
        catch (ToolFailedException failure)
        {
            throw new UnsupportedAudioException($"The file cannot be read as audio: {Verdict(failure.StandardErrorTail, fullPath)}.", failure);
        }
        var report = JsonSerializer.Deserialize<FfprobeReport>(output.StandardOutput)
            ?? throw new UnsupportedAudioException("The file cannot be read as audio: ffprobe described nothing.");
        return Describe(report);
    }

    private static ProbedAudio Describe(FfprobeReport report)
    {
        var audio = report.Streams?.FirstOrDefault(stream => stream.CodecType == "audio")
            ?? throw new UnsupportedAudioException("The file has no audio stream.");
        var duration = Seconds(report.Format?.Duration) ?? Seconds(audio.Duration);
        if (duration is not > 0)
        {
            throw new UnsupportedAudioException("The audio has no duration: the file is empty or cut short.");
        }
        var sampleRate = Integer(audio.SampleRate);
        if (sampleRate is not > 0 || audio.Channels is not > 0)
        {
            throw new UnsupportedAudioException("The audio stream has no sample rate or no channels.");
        }
        return new ProbedAudio(
            Container: report.Format?.FormatName ?? "unknown",
            Duration: TimeSpan.FromSeconds(duration.Value),
            Codec: audio.CodecName ?? "unknown",
            BitRate: Integer(report.Format?.BitRate) ?? Integer(audio.BitRate),
            SampleRate: (int)sampleRate.Value,
            Channels: audio.Channels.Value);
    }

    private static double? Seconds(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;

    private static long? Integer(string? text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    // ffprobe's last line is its verdict, prefixed with the input path, which means nothing to the
    // person who uploaded the file.
    private static string Verdict(string standardErrorTail, string path) =>
        standardErrorTail.Split('\n')[^1].Replace(path + ": ", "", StringComparison.Ordinal).TrimEnd('.');
}
