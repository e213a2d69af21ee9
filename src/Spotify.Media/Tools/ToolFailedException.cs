namespace Spotify.Media.Tools;

/// <summary>ffmpeg or ffprobe exited with a non-zero code; the end of what it printed says why.</summary>
public sealed class ToolFailedException(string tool, int exitCode, string standardErrorTail)
    : Exception($"{tool} exited with code {exitCode}: {standardErrorTail}")
{
    public string Tool { get; } = tool;

    public int ExitCode { get; } = exitCode;

    /// <summary>The last lines the tool wrote to standard error.</summary>
    public string StandardErrorTail { get; } = standardErrorTail;
}
