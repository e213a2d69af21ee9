using System.Globalization;
using System.Text.RegularExpressions;
using Spotify.Media.Tools;

namespace Spotify.Media.Analysis;

/// <summary>Measures EBU R128 loudness with ffmpeg's <c>ebur128</c> filter, reading the summary it logs at the end.</summary>
public sealed partial class LoudnessMeter(MediaTools tools)
{
    private const double AbsoluteGateLufs = -70;

    /// <exception cref="ToolFailedException">ffmpeg cannot decode the file.</exception>
    public async Task<LoudnessMeasurement> MeasureAsync(
        string path, TimeSpan duration = default, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        // framelog=verbose keeps the ten-lines-a-second running values out of the info-level log.
        var output = await tools.RunFfmpegAsync(
            ["-v", "info", "-i", Path.GetFullPath(path), "-map", "0:a:0", "-af", "ebur128=peak=true:framelog=verbose", "-f", "null", "-"],
            duration, progress, cancellationToken);
        var log = output.StandardError;
        var summaryStart = log.LastIndexOf("Summary:", StringComparison.Ordinal);
        if (summaryStart < 0)
        {
            throw new InvalidDataException($"ffmpeg printed no ebur128 summary:\n{log}");
        }
        var summary = log[summaryStart..];
        var integrated = Decibels(IntegratedLine().Match(summary), "integrated loudness", log);
        var truePeak = Decibels(TruePeakLine().Match(summary), "true peak", log);
        return new LoudnessMeasurement(integrated <= AbsoluteGateLufs ? double.NegativeInfinity : integrated, truePeak);
    }

    private static double Decibels(Match match, string what, string log)
    {
        if (!match.Success)
        {
            throw new InvalidDataException($"ffmpeg's ebur128 summary has no {what}:\n{log}");
        }
        var value = match.Groups["value"].Value;
        return value == "-inf" ? double.NegativeInfinity : double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\s*I:\s+(?<value>-inf|-?\d+(\.\d+)?) LUFS", RegexOptions.Multiline)]
    private static partial Regex IntegratedLine();

    [GeneratedRegex(@"^\s*Peak:\s+(?<value>-inf|-?\d+(\.\d+)?) dBFS", RegexOptions.Multiline)]
    private static partial Regex TruePeakLine();
}
