using System.Diagnostics.CodeAnalysis;

namespace Spotify.Media.Tools;

/// <summary>
/// Finds ffmpeg and ffprobe: at the configured ffmpeg path if there is one, else at the path in
/// <c>SPOTIFY_FFMPEG</c>, else on <c>PATH</c>. ffprobe is looked for next to an ffmpeg given by
/// path, and on <c>PATH</c> otherwise.
/// </summary>
public static class MediaToolLocator
{
    public const string EnvironmentVariable = "SPOTIFY_FFMPEG";

    /// <exception cref="MediaToolMissingException">ffmpeg or ffprobe cannot be found.</exception>
    public static MediaTools Locate(string? configuredFfmpegPath = null) =>
        Locate(configuredFfmpegPath, Environment.GetEnvironmentVariable);

    /// <summary>Like <see cref="Locate(string?)"/>, with the reason in <paramref name="missing"/> instead of an exception.</summary>
    public static bool TryLocate(
        string? configuredFfmpegPath,
        [NotNullWhen(true)] out MediaTools? tools,
        [NotNullWhen(false)] out MediaToolMissingException? missing) =>
        TryLocate(configuredFfmpegPath, Environment.GetEnvironmentVariable, out tools, out missing);

    internal static MediaTools Locate(string? configuredFfmpegPath, Func<string, string?> environment) =>
        TryLocate(configuredFfmpegPath, environment, out var tools, out var missing) ? tools : throw missing;

    internal static bool TryLocate(
        string? configuredFfmpegPath,
        Func<string, string?> environment,
        [NotNullWhen(true)] out MediaTools? tools,
        [NotNullWhen(false)] out MediaToolMissingException? missing)
    {
        var (ffmpeg, source) = string.IsNullOrWhiteSpace(configuredFfmpegPath)
            ? (environment(EnvironmentVariable), EnvironmentVariable)
            : (configuredFfmpegPath, "the configured ffmpeg path");
        tools = string.IsNullOrWhiteSpace(ffmpeg)
            ? FromSearchPath(environment("PATH"), out missing)
            : FromFfmpegPath(ffmpeg, source, out missing);
        return tools is not null;
    }

    private static MediaTools? FromFfmpegPath(string ffmpeg, string source, out MediaToolMissingException? missing)
    {
        var ffmpegPath = Path.GetFullPath(ffmpeg);
        var ffprobePath = Path.Combine(Path.GetDirectoryName(ffmpegPath)!, ExecutableName("ffprobe"));
        missing = null;
        if (!IsExecutable(ffmpegPath))
        {
            missing = new MediaToolMissingException("ffmpeg", $"ffmpeg is missing: {source} names {ffmpeg}, which is not an executable file.");
        }
        else if (!IsExecutable(ffprobePath))
        {
            missing = new MediaToolMissingException("ffprobe", $"ffprobe is missing: it is expected next to ffmpeg, at {ffprobePath}.");
        }
        return missing is null ? new MediaTools(ffmpegPath, ffprobePath) : null;
    }

    private static MediaTools? FromSearchPath(string? searchPath, out MediaToolMissingException? missing)
    {
        var directories = (searchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var ffmpeg = FindIn(directories, "ffmpeg");
        var ffprobe = FindIn(directories, "ffprobe");
        missing = null;
        if (ffmpeg is null)
        {
            missing = new MediaToolMissingException(
                "ffmpeg", $"ffmpeg is missing: it is not on PATH, and neither {EnvironmentVariable} nor the configuration names it.");
        }
        else if (ffprobe is null)
        {
            missing = new MediaToolMissingException("ffprobe", "ffprobe is missing: ffmpeg is on PATH but ffprobe is not.");
        }
        return ffmpeg is not null && ffprobe is not null ? new MediaTools(ffmpeg, ffprobe) : null;
    }

    private static string? FindIn(IEnumerable<string> directories, string tool) =>
        directories.Select(directory => Path.Combine(directory, ExecutableName(tool))).FirstOrDefault(IsExecutable);

    private static string ExecutableName(string tool) => OperatingSystem.IsWindows() ? tool + ".exe" : tool;

    private static bool IsExecutable(string path) =>
        File.Exists(path)
        && (OperatingSystem.IsWindows()
            || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);
}
