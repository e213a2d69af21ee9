namespace Spotify.Media.Hls;

/// <summary>The non-blank lines of an M3U8 playlist, after checking that it is one.</summary>
internal static class PlaylistLines
{
    public const string Header = "#EXTM3U";

    public static IReadOnlyList<string> Of(string playlist)
    {
        string[] lines = [.. playlist.Split('\n').Select(line => line.TrimEnd('\r').Trim()).Where(line => line.Length > 0)];
        return lines.Length > 0 && lines[0] == Header
            ? lines
            : throw new FormatException($"A playlist starts with {Header}.");
    }

    /// <summary>The value of a <c>#TAG:value</c> line, or null when <paramref name="line"/> is another tag.</summary>
    public static string? ValueOf(string line, string tag) =>
        line.Length > tag.Length && line.StartsWith(tag, StringComparison.Ordinal) && line[tag.Length] == ':'
            ? line[(tag.Length + 1)..]
            : null;

    public static bool IsUri(string line) => !line.StartsWith('#');
}
