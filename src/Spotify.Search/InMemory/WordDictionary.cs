using System.Collections.Immutable;

namespace Spotify.Search.InMemory;

/// <summary>Every word ever indexed, sorted for prefix lookups, with trigrams for spelling corrections.</summary>
internal sealed class WordDictionary
{
    private readonly SortedSet<string> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _trigrams = new(StringComparer.Ordinal);

    public void Add(string word)
    {
        if (_words.Add(word))
        {
            _trigrams[word] = Trigrams.Of(word);
        }
    }

    /// <summary>The indexed words that start with <paramref name="prefix"/>, in order.</summary>
    public IEnumerable<string> StartingWith(string prefix) =>
        _words.GetViewBetween(prefix, prefix + char.MaxValue);

    public ResolvedTerm Resolve(TermClause clause)
    {
        if (StartingWith(clause.Term).Any())
        {
            return ResolvedTerm.Prefix(clause);
        }
        var trigrams = Trigrams.Of(clause.Term);
        var corrections = _trigrams
            .Select(entry => (Word: entry.Key, Similarity: Trigrams.Similarity(trigrams, entry.Value)))
            .Where(candidate => candidate.Similarity >= Trigrams.Threshold)
            .OrderByDescending(candidate => candidate.Similarity)
            .ThenBy(candidate => candidate.Word, StringComparer.Ordinal)
            .Take(ResolvedTerm.MaxCorrections)
            .Select(candidate => candidate.Word);
        return ResolvedTerm.Corrected(clause, [.. corrections]);
    }
}
