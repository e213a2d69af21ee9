namespace Spotify.Media.Tools;

/// <summary>ffmpeg or ffprobe cannot be found; the message names the tool and where it was looked for.</summary>
public sealed class MediaToolMissingException(string tool, string message) : Exception(message)
{
    /// <summary><c>ffmpeg</c> or <c>ffprobe</c>.</summary>
    public string Tool { get; } = tool;
}
