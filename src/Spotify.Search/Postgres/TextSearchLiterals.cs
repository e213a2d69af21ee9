using System.Text;

namespace Spotify.Search.Postgres;

/// <summary>
/// Writes <c>tsvector</c> and <c>tsquery</c> values as PostgreSQL literals from words the
/// application already normalised, so PostgreSQL's own text parser never re-splits them.
/// </summary>
internal static class TextSearchLiterals
{
    public static string Document(SearchDocument document)
    {
        var weights = new Dictionary<string, SortedSet<char>>(StringComparer.Ordinal);
        void Add(string? text, SearchField field)
        {
            foreach (var word in SearchText.Words(text))
            {
                if (!weights.TryGetValue(word, out var letters))
                {
                    weights[word] = letters = [];
                }
                letters.Add(Weight(field));
            }
        }

        Add(document.Name, SearchField.Name);
        foreach (var artist in document.ArtistNames)
        {
            Add(artist, SearchField.Artist);
        }
        Add(document.AlbumName, SearchField.Album);
        foreach (var genre in document.Genres)
        {
            Add(genre, SearchField.Genre);
        }

        // Weights need positions; ranking uses none, so each word and weight just takes the next one.
        var literal = new StringBuilder();
        var position = 0;
        foreach (var (word, letters) in weights)
        {
            literal.Append(Quote(word)).Append(':');
            literal.AppendJoin(',', letters.Select(letter => $"{++position}{letter}"));
            literal.Append(' ');
        }
        return literal.ToString();
    }

    /// <summary>All terms must match; a prefix term as a prefix, a corrected one as any of its corrections.</summary>
    public static string Query(IEnumerable<ResolvedTerm> terms, SearchField onlyIn = SearchField.None) =>
        string.Join(" & ", terms.Select(term =>
        {
            var weights = Weights(onlyIn == SearchField.None ? term.Clause.Fields : onlyIn);
            return term.IsPrefix
                ? $"{Quote(term.Clause.Term)}:*{weights}"
                : "( " + string.Join(" | ", term.Corrections.Select(word => $"{Quote(word)}:{weights}")) + " )";
        }));

    private static string Weights(SearchField fields) =>
        string.Concat(Enum.GetValues<SearchField>()
            .Where(field => field is SearchField.Name or SearchField.Artist or SearchField.Album or SearchField.Genre && fields.HasFlag(field))
            .Select(Weight));

    private static char Weight(SearchField field) => field switch
    {
        SearchField.Name => 'A',
        SearchField.Artist => 'B',
        SearchField.Album => 'C',
        SearchField.Genre => 'D',
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Only single texts have a weight."),
    };

    private static string Quote(string word) => "'" + word.Replace("\\", "\\\\").Replace("'", "''") + "'";
}
