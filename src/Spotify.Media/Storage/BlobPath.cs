namespace Spotify.Media.Storage;

/// <summary>
/// The one rule for blob paths and folders: slash-separated segments of ASCII letters, digits,
/// '.', '_' and '-', none empty and none starting with '.'. That rules out "..", absolute paths and
/// backslashes, keeps names valid on every file system and in URLs without escaping, and leaves
/// dot-names free for a store's own bookkeeping files.
/// </summary>
public static class BlobPath
{
    public const int MaxLength = 1024;

    public static bool IsValid(string? path) =>
        path is { Length: > 0 and <= MaxLength } && path.Split('/').All(IsValidSegment);

    public static bool IsValidSegment(string segment) =>
        segment.Length > 0 && segment[0] != '.' && segment.All(IsAllowedCharacter);

    /// <exception cref="ArgumentException"><paramref name="path"/> breaks the rule.</exception>
    public static string Validate(string path, string parameterName = "path") =>
        IsValid(path)
            ? path
            : throw new ArgumentException(
                $"'{path}' is not a valid blob path: use relative slash-separated segments of letters, digits, '.', '_' and '-', "
                + "none empty or starting with '.'.",
                parameterName);

    private static bool IsAllowedCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
}
