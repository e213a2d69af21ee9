using System.Globalization;

namespace Spotify.Media.Tools;

/// <summary>
/// Turns the <c>key=value</c> lines of ffmpeg's <c>-progress</c> output into a fraction of the
/// input's duration: <c>out_time_us</c> is how far the output has got, <c>progress=end</c> the end.
/// </summary>
internal sealed class FfmpegProgressReader(TimeSpan duration, IProgress<double> progress)
{
    private const string OutTimeKey = "out_time_us=";
    private const string EndLine = "progress=end";

    public void OnLine(string line)
    {
        if (line == EndLine)
        {
            progress.Report(1);
        }
        else if (line.StartsWith(OutTimeKey, StringComparison.Ordinal)
            && duration > TimeSpan.Zero
            && long.TryParse(line.AsSpan(OutTimeKey.Length), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var microseconds))
        {
            // out_time_us is negative before the first packet is written and may pass the probed duration slightly.
            progress.Report(Math.Clamp(microseconds / duration.TotalMicroseconds, 0, 1));
        }
    }
}
