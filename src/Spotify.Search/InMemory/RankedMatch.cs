namespace Spotify.Search.InMemory;

/// <summary>A matching document with how well it matched, ordered best first.</summary>
internal readonly record struct RankedMatch(IndexedDocument Document, MatchQuality Quality) : IComparable<RankedMatch>
{
    /// <summary>Negative when this match ranks before <paramref name="other"/>.</summary>
    public int CompareTo(RankedMatch other)
    {
        var order = other.Quality.CompareTo(Quality);
        if (order == 0)
        {
            order = other.Document.Popularity.CompareTo(Document.Popularity);
        }
        if (order == 0)
        {
            order = string.CompareOrdinal(Document.NameKey, other.Document.NameKey);
        }
        return order != 0 ? order : string.CompareOrdinal(Document.Id, other.Document.Id);
    }
}
