namespace Spotify.Search;

/// <summary>
/// The catalog's search index. Matches are ranked by <see cref="MatchQuality"/>, then by
/// popularity, then by name and id, so equal queries page through the same order.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Adds the documents, replacing any with the same type and id.</summary>
    Task IndexAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken = default);

    Task RemoveAsync(SearchItemType type, string id, CancellationToken cancellationToken = default);

    Task<SearchHits> SearchAsync(SearchQuery query, SearchItemType type, int offset, int limit, CancellationToken cancellationToken = default);
}
