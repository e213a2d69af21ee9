using System.Buffers;

namespace Spotify.Search.InMemory;

/// <summary>The documents of one item type with an inverted index from word to documents.</summary>
internal sealed class TypeIndex
{
    private readonly List<IndexedDocument?> _documents = [];
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly Stack<int> _freeSlots = new();
    private readonly Dictionary<string, Dictionary<int, SearchField>> _postings = new(StringComparer.Ordinal);

    public int Count => _slots.Count;

    public void Put(IndexedDocument document)
    {
        Remove(document.Id);
        int slot;
        if (_freeSlots.TryPop(out var free))
        {
            slot = free;
            _documents[slot] = document;
        }
        else
        {
            slot = _documents.Count;
            _documents.Add(document);
        }
        _slots[document.Id] = slot;
        foreach (var (word, fields) in document.Words)
        {
            if (!_postings.TryGetValue(word, out var posting))
            {
                _postings[word] = posting = [];
            }
            posting[slot] = fields;
        }
    }

    public void Remove(string id)
    {
        if (!_slots.Remove(id, out var slot))
        {
            return;
        }
        foreach (var word in _documents[slot]!.Words.Keys)
        {
            var posting = _postings[word];
            posting.Remove(slot);
            if (posting.Count == 0)
            {
                _postings.Remove(word);
            }
        }
        _documents[slot] = null;
        _freeSlots.Push(slot);
    }

    public SearchHits Search(SearchQuery query, IReadOnlyList<ResolvedTerm> terms, WordDictionary words, int offset, int limit)
    {
        var top = new TopMatches(offset + limit);
        var corrected = terms.Any(term => !term.IsPrefix);
        var total = 0;
        void Consider(int slot, bool freeWordsInName)
        {
            var document = _documents[slot]!;
            if (query.Years is { } years && !years.Contains(document.Year))
            {
                return;
            }
            total++;
            top.Offer(new RankedMatch(document, Quality(document, query.Text, corrected, freeWordsInName)));
        }

        if (terms.Count == 0)
        {
            foreach (var slot in _slots.Values)
            {
                Consider(slot, freeWordsInName: true);
            }
        }
        else
        {
            MatchAll(terms, words, Consider);
        }
        return new SearchHits([.. top.From(offset).Select(match => match.Document.Id)], total);
    }

    private static MatchQuality Quality(IndexedDocument document, string text, bool corrected, bool freeWordsInName)
    {
        if (text.Length == 0)
        {
            return MatchQuality.Elsewhere;
        }
        if (corrected)
        {
            return MatchQuality.Corrected;
        }
        if (document.NameKey == text)
        {
            return MatchQuality.ExactName;
        }
        if (document.NameKey.StartsWith(text, StringComparison.Ordinal))
        {
            return MatchQuality.NamePrefix;
        }
        return freeWordsInName ? MatchQuality.InName : MatchQuality.Elsewhere;
    }

    /// <summary>
    /// Calls <paramref name="consider"/> for each document every term matches, with whether all
    /// free text words matched its name. The term with the fewest postings lists the candidates;
    /// every term's matches are kept in an array by slot, so the cost follows the postings touched.
    /// </summary>
    private void MatchAll(IReadOnlyList<ResolvedTerm> terms, WordDictionary words, Action<int, bool> consider)
    {
        var postings = terms
            .Select(term => (Term: term, Lists: MatchingPostings(term, words)))
            .OrderBy(term => term.Lists.Sum(list => list.Count))
            .ToList();
        var masks = new List<(ResolvedTerm Term, byte[] Fields)>(postings.Count);
        try
        {
            foreach (var (term, lists) in postings)
            {
                masks.Add((term, FieldsBySlot(term, lists)));
            }
            var (rarest, rarestFields) = masks[0];
            foreach (var list in postings[0].Lists)
            {
                foreach (var slot in list.Keys)
                {
                    var matched = (SearchField)rarestFields[slot];
                    if (matched == SearchField.None)
                    {
                        continue;
                    }
                    // Seen now: a slot is in the list of every word of it the term matches.
                    rarestFields[slot] = 0;
                    if (MatchesOthers(slot, masks, out var othersInName))
                    {
                        consider(slot, othersInName && (!rarest.Clause.IsFreeText || matched.HasFlag(SearchField.Name)));
                    }
                }
            }
        }
        finally
        {
            foreach (var (_, fields) in masks)
            {
                ArrayPool<byte>.Shared.Return(fields);
            }
        }
    }

    private static bool MatchesOthers(int slot, List<(ResolvedTerm Term, byte[] Fields)> masks, out bool freeWordsInName)
    {
        freeWordsInName = true;
        for (var other = 1; other < masks.Count; other++)
        {
            var (term, fields) = masks[other];
            var matched = (SearchField)fields[slot];
            if (matched == SearchField.None)
            {
                return false;
            }
            if (term.Clause.IsFreeText && !matched.HasFlag(SearchField.Name))
            {
                freeWordsInName = false;
            }
        }
        return true;
    }

    /// <summary>The posting lists of every indexed word the term matches.</summary>
    private List<Dictionary<int, SearchField>> MatchingPostings(ResolvedTerm term, WordDictionary words)
    {
        var matchingWords = term.IsPrefix ? words.StartingWith(term.Clause.Term) : term.Corrections;
        var lists = new List<Dictionary<int, SearchField>>();
        foreach (var word in matchingWords)
        {
            if (_postings.TryGetValue(word, out var posting))
            {
                lists.Add(posting);
            }
        }
        return lists;
    }

    /// <summary>The texts the term matched in, by document slot, in an array rented from the shared pool.</summary>
    private byte[] FieldsBySlot(ResolvedTerm term, List<Dictionary<int, SearchField>> lists)
    {
        var fieldsBySlot = ArrayPool<byte>.Shared.Rent(_documents.Count);
        Array.Clear(fieldsBySlot, 0, _documents.Count);
        foreach (var list in lists)
        {
            foreach (var (slot, fields) in list)
            {
                fieldsBySlot[slot] |= (byte)(fields & term.Clause.Fields);
            }
        }
        return fieldsBySlot;
    }
}
