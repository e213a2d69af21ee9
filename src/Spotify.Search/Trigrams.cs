namespace Spotify.Search;

/// <summary>
/// Word similarity as PostgreSQL's pg_trgm computes it, so that the in-memory index corrects
/// spelling the way the PostgreSQL index does: a word is padded with two spaces in front and one
/// behind, and similarity is shared trigrams over all distinct trigrams of both words.
/// </summary>
internal static class Trigrams
{
    /// <summary>pg_trgm's default <c>similarity_threshold</c>, the one its <c>%</c> operator uses.</summary>
    public const double Threshold = 0.3;

    public static string[] Of(string word)
    {
        var padded = "  " + word + " ";
        var trigrams = new SortedSet<string>(StringComparer.Ordinal);
        for (var start = 0; start + 3 <= padded.Length; start++)
        {
            trigrams.Add(padded.Substring(start, 3));
        }
        return [.. trigrams];
    }

    /// <param name="first">Sorted, distinct trigrams, as <see cref="Of"/> returns them.</param>
    /// <param name="second">Sorted, distinct trigrams, as <see cref="Of"/> returns them.</param>
    public static double Similarity(string[] first, string[] second)
    {
        var shared = 0;
        int i = 0, j = 0;
        while (i < first.Length && j < second.Length)
        {
            var order = string.CompareOrdinal(first[i], second[j]);
            if (order == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        var all = first.Length + second.Length - shared;
        return all == 0 ? 0 : (double)shared / all;
    }
}
