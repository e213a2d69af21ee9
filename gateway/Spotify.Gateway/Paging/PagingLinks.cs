using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;

namespace Spotify.Gateway.Paging;

public static class PagingLinks
{
    /// <summary>Builds a paging object whose links repeat <paramref name="path"/> with other offsets.</summary>
    /// <param name="path">The endpoint's path below the base URL, without a query string.</param>
    /// <param name="filters">Further query parameters every link keeps, already encoded, e.g. <c>include_groups=album</c>.</param>
    public static PagingObject<T> Create<T>(ApiUrls urls, string path, PageRequest page, int total, IReadOnlyList<T> items, string filters = "")
    {
        var suffix = filters.Length == 0 ? "" : "&" + filters;
        string Link(int offset) => urls.Absolute($"{path}?offset={offset}&limit={page.Limit}{suffix}");

        var hasNext = page.Offset + page.Limit < total;
        var hasPrevious = page.Offset > 0;
        return new PagingObject<T>(
            Link(page.Offset),
            items,
            page.Limit,
            hasNext ? Link(page.Offset + page.Limit) : null,
            page.Offset,
            hasPrevious ? Link(Math.Max(0, page.Offset - page.Limit)) : null,
            total);
    }
}
