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
        var candidates = terms.Count == 0 ? AllDocuments() : MatchAll(terms, words);
        if (query.Years is { } years)
        {
            candidates = candidates.Where(candidate => years.Contains(_documents[candidate.Key]!.Year))
                .ToDictionary(candidate => candidate.Key, candidate => candidate.Value);
        }

        var corrected = terms.Any(term => !term.IsPrefix);
        var text = query.Text;
        var page = candidates
            .Select(candidate => (Document: _documents[candidate.Key]!, Quality: Quality(_documents[candidate.Key]!, text, corrected, candidate.Value)))
            .OrderByDescending(match => match.Quality)
            .ThenByDescending(match => match.Document.Popularity)
            .ThenBy(match => match.Document.NameKey, StringComparer.Ordinal)
            .ThenBy(match => match.Document.Id, StringComparer.Ordinal)
            .Skip(offset)
            .Take(limit)
            .Select(match => match.Document.Id);
        return new SearchHits([.. page], candidates.Count);
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

    private Dictionary<int, bool> AllDocuments() => _slots.Values.ToDictionary(slot => slot, _ => true);

    /// <summary>The documents every term matches, each with whether all free text words matched its name.</summary>
    private Dictionary<int, bool> MatchAll(IReadOnlyList<ResolvedTerm> terms, WordDictionary words)
    {
        var matches = terms.Select(term => (Term: term, Documents: Match(term, words)))
            .OrderBy(match => match.Documents.Count)
            .ToList();
        var (firstTerm, firstDocuments) = matches[0];
        var candidates = firstDocuments.ToDictionary(
            match => match.Key,
            match => !firstTerm.Clause.IsFreeText || match.Value.HasFlag(SearchField.Name));
        foreach (var (term, documents) in matches.Skip(1))
        {
            foreach (var slot in candidates.Keys.ToList())
            {
                if (!documents.TryGetValue(slot, out var fields))
                {
                    candidates.Remove(slot);
                }
                else if (term.Clause.IsFreeText && !fields.HasFlag(SearchField.Name))
                {
                    candidates[slot] = false;
                }
            }
        }
        return candidates;
    }

    /// <summary>The documents one term matches, each with the texts it matched in.</summary>
    private Dictionary<int, SearchField> Match(ResolvedTerm term, WordDictionary words)
    {
        var documents = new Dictionary<int, SearchField>();
        var matchingWords = term.IsPrefix ? words.StartingWith(term.Clause.Term) : term.Corrections;
        foreach (var word in matchingWords)
        {
            if (!_postings.TryGetValue(word, out var posting))
            {
                continue;
            }
            foreach (var (slot, fields) in posting)
            {
                var matched = fields & term.Clause.Fields;
                if (matched != SearchField.None)
                {
                    documents[slot] = documents.GetValueOrDefault(slot) | matched;
                }
            }
        }
        return documents;
    }
}
