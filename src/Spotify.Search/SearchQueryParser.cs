using System.Collections.Immutable;
using System.Globalization;

namespace Spotify.Search;

/// <summary>
/// Reads the Spotify Web API's <c>q</c> syntax: free words, <c>"quoted words"</c> and the field
/// filters <c>artist:</c>, <c>album:</c>, <c>track:</c>, <c>genre:</c> and <c>year:</c> (a year or
/// a range like <c>1990-1999</c>), whose value may be quoted: <c>artist:"daft punk"</c>.
/// Any other <c>word:word</c> is plain text.
/// </summary>
public static class SearchQueryParser
{
    public const int MaxLength = 250;
    public const int MaxWords = 20;

    private static readonly string[] Fields = ["artist", "album", "track", "genre", "year"];

    public static bool TryParse(string? q, out SearchQuery query, out string error)
    {
        query = new SearchQuery([], [], [], [], [], null);
        if (string.IsNullOrWhiteSpace(q))
        {
            error = "No search query";
            return false;
        }
        if (q.Length > MaxLength)
        {
            error = $"Search query too long: at most {MaxLength} characters";
            return false;
        }

        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal) { [""] = [] };
        string? years = null;
        var position = 0;
        while (NextToken(q, ref position) is var (field, value))
        {
            if (field == "year")
            {
                if (years is not null)
                {
                    error = "Invalid year filter: give year: once";
                    return false;
                }
                years = value;
                continue;
            }
            if (!words.TryGetValue(field, out var fieldWords))
            {
                words[field] = fieldWords = [];
            }
            fieldWords.AddRange(SearchText.Words(value));
        }

        YearRange? yearRange = null;
        if (years is not null && !TryReadYears(years, out yearRange))
        {
            error = "Invalid year filter: expected a year like 1999 or a range like 1990-1999";
            return false;
        }
        var wordCount = words.Values.Sum(list => list.Count);
        if (wordCount > MaxWords)
        {
            error = $"Search query too long: at most {MaxWords} words";
            return false;
        }
        if (wordCount == 0 && yearRange is null)
        {
            error = "No search query";
            return false;
        }

        ImmutableArray<string> Of(string field) => words.TryGetValue(field, out var list) ? [.. list] : [];
        query = new SearchQuery(Of(""), Of("artist"), Of("album"), Of("track"), Of("genre"), yearRange);
        error = "";
        return true;
    }

    /// <summary>Reads the token at <paramref name="position"/>: a filter's field and value, or "" and free text.</summary>
    private static (string Field, string Value)? NextToken(string q, ref int position)
    {
        while (position < q.Length && char.IsWhiteSpace(q[position]))
        {
            position++;
        }
        if (position == q.Length)
        {
            return null;
        }
        var start = position;
        var field = Fields.FirstOrDefault(name =>
            string.Compare(q, start, name + ":", 0, name.Length + 1, StringComparison.OrdinalIgnoreCase) == 0);
        if (field is not null)
        {
            position += field.Length + 1;
        }
        return (field ?? "", ReadValue(q, ref position));
    }

    private static string ReadValue(string q, ref int position)
    {
        if (position < q.Length && q[position] == '"')
        {
            var closing = q.IndexOf('"', position + 1);
            var end = closing < 0 ? q.Length : closing;
            var quoted = q[(position + 1)..end];
            position = Math.Min(q.Length, end + 1);
            return quoted;
        }
        var start = position;
        while (position < q.Length && !char.IsWhiteSpace(q[position]))
        {
            position++;
        }
        return q[start..position];
    }

    private static bool TryReadYears(string value, out YearRange? years)
    {
        years = null;
        var parts = value.Split('-');
        if (parts.Length is < 1 or > 2 || !parts.All(IsYear))
        {
            return false;
        }
        var from = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var to = int.Parse(parts[^1], CultureInfo.InvariantCulture);
        if (from > to)
        {
            return false;
        }
        years = new YearRange(from, to);
        return true;
    }

    private static bool IsYear(string part) =>
        part.Length == 4 && part.All(char.IsAsciiDigit);
}
