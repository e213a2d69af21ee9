namespace Spotify.Search.InMemory;

/// <summary>
/// Keeps the best <c>capacity</c> matches offered, so ranking a query that matches most of the
/// catalog costs one comparison per match instead of a full sort.
/// </summary>
internal sealed class TopMatches(int capacity)
{
    // The worst kept match is at the root, ready to be replaced by a better one.
    private readonly PriorityQueue<RankedMatch, RankedMatch> _kept =
        new(Comparer<RankedMatch>.Create((first, second) => second.CompareTo(first)));

    public void Offer(RankedMatch match)
    {
        if (_kept.Count < capacity)
        {
            _kept.Enqueue(match, match);
        }
        else if (capacity > 0 && match.CompareTo(_kept.Peek()) < 0)
        {
            _kept.EnqueueDequeue(match, match);
        }
    }

    /// <summary>The kept matches, best first, from <paramref name="offset"/> on.</summary>
    public IEnumerable<RankedMatch> From(int offset) =>
        _kept.UnorderedItems.Select(item => item.Element).Order().Skip(offset);
}
