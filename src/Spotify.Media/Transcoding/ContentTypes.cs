namespace Spotify.Media.Transcoding;

/// <summary>The media types produced files are served with.</summary>
internal static class ContentTypes
{
    public static string Of(string path) => Path.GetExtension(path) switch
    {
        ".ogg" => "audio/ogg",
        ".m3u8" => "application/vnd.apple.mpegurl",
        ".mp4" or ".m4s" => "audio/mp4",
        var extension => throw new ArgumentException($"No media type is known for '{extension}' files.", nameof(path)),
    };
}
