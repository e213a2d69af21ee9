using System.Collections.Immutable;

namespace Spotify.Search;

/// <summary>One page of matching item ids, best first, and how many items match in all.</summary>
public sealed record SearchHits(ImmutableArray<string> Ids, int Total)
{
    public static SearchHits None { get; } = new([], 0);
}
