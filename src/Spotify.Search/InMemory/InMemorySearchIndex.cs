namespace Spotify.Search.InMemory;

/// <summary>
/// The search index of the Embedded profile: everything in this process's memory, rebuilt from
/// the catalog as it is written. Searches run in parallel; writes wait for them.
/// </summary>
public sealed class InMemorySearchIndex : ISearchIndex, IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly WordDictionary _words = new();
    private readonly Dictionary<SearchItemType, TypeIndex> _types = Enum.GetValues<SearchItemType>()
        .ToDictionary(type => type, _ => new TypeIndex());

    public Task IndexAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        var indexed = documents.Select(document => (document.Type, Document: IndexedDocument.From(document))).ToList();
        _lock.EnterWriteLock();
        try
        {
            foreach (var (type, document) in indexed)
            {
                foreach (var word in document.Words.Keys)
                {
                    _words.Add(word);
                }
                _types[type].Put(document);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
        return Task.CompletedTask;
    }

    public Task RemoveAsync(SearchItemType type, string id, CancellationToken cancellationToken = default)
    {
        _lock.EnterWriteLock();
        try
        {
            _types[type].Remove(id);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
        return Task.CompletedTask;
    }

    public Task<SearchHits> SearchAsync(SearchQuery query, SearchItemType type, int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (!query.AppliesTo(type))
        {
            return Task.FromResult(SearchHits.None);
        }
        _lock.EnterReadLock();
        try
        {
            var terms = query.Clauses().Select(_words.Resolve).ToList();
            if (terms.Any(term => term.MatchesNothing))
            {
                return Task.FromResult(SearchHits.None);
            }
            return Task.FromResult(_types[type].Search(query, terms, _words, offset, limit));
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public void Dispose() => _lock.Dispose();
}
