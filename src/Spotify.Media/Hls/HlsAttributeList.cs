namespace Spotify.Media.Hls;

/// <summary>
/// An attribute list of an HLS tag (RFC 8216, section 4.2): <c>NAME=value</c> pairs separated by
/// commas, where a quoted string value may itself hold commas. Quoted values are returned unquoted.
/// </summary>
internal static class HlsAttributeList
{
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;
        while (position < text.Length)
        {
            var equals = text.IndexOf('=', position);
            if (equals < 0)
            {
                throw new FormatException($"The attribute list '{text}' has a name without a value.");
            }
            var name = text[position..equals].Trim();
            var (value, next) = ReadValue(text, equals + 1);
            attributes[name] = value;
            position = next;
        }
        return attributes;
    }

    /// <summary>Formats a value as a quoted string, which may not hold a double quote or a line break.</summary>
    public static string Quoted(string value) =>
        value.AsSpan().IndexOfAny("\"\r\n") < 0
            ? $"\"{value}\""
            : throw new ArgumentException($"'{value}' cannot be an HLS quoted string.", nameof(value));

    private static (string Value, int Next) ReadValue(string text, int start)
    {
        if (start < text.Length && text[start] == '"')
        {
            var closing = text.IndexOf('"', start + 1);
            if (closing < 0)
            {
                throw new FormatException($"The attribute list '{text}' has an unterminated quoted string.");
            }
            return (text[(start + 1)..closing], SkipComma(text, closing + 1));
        }
        var comma = text.IndexOf(',', start);
        return comma < 0 ? (text[start..].Trim(), text.Length) : (text[start..comma].Trim(), comma + 1);
    }

    private static int SkipComma(string text, int position) =>
        position < text.Length && text[position] == ',' ? position + 1 : position;
}
