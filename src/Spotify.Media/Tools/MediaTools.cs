namespace Spotify.Media.Tools;

/// <summary>
/// The ffmpeg and ffprobe executables this process runs (see <see cref="MediaToolLocator"/>), with the
/// flags every run needs: no banner, no reading of standard input, no interactive statistics.
/// </summary>
public sealed class MediaTools(string ffmpegPath, string ffprobePath)
{
    public string FfmpegPath { get; } = ffmpegPath;

    public string FfprobePath { get; } = ffprobePath;

    /// <summary>
    /// Runs ffmpeg with <paramref name="arguments"/> (which choose the log level, inputs and outputs).
    /// When <paramref name="progress"/> is given, the share of <paramref name="duration"/> processed
    /// so far is reported from ffmpeg's <c>-progress</c> output, ending with 1.
    /// </summary>
    /// <exception cref="ToolFailedException">ffmpeg exited with an error.</exception>
    public Task<ToolOutput> RunFfmpegAsync(
        IEnumerable<string> arguments,
        TimeSpan duration = default,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        List<string> common = ["-hide_banner", "-nostdin", "-nostats", "-y"];
        if (progress is null)
        {
            return ToolProcess.RunAsync(FfmpegPath, [.. common, .. arguments], onOutputLine: null, cancellationToken);
        }
        var reader = new FfmpegProgressReader(duration, progress);
        return ToolProcess.RunAsync(FfmpegPath, [.. common, "-progress", "pipe:1", .. arguments], reader.OnLine, cancellationToken);
    }

    /// <summary>Runs ffprobe with <paramref name="arguments"/>, printing errors only.</summary>
    /// <exception cref="ToolFailedException">ffprobe exited with an error (for instance, the input is not media).</exception>
    public Task<ToolOutput> RunFfprobeAsync(IEnumerable<string> arguments, CancellationToken cancellationToken = default) =>
        ToolProcess.RunAsync(FfprobePath, ["-hide_banner", "-v", "error", .. arguments], onOutputLine: null, cancellationToken);
}
