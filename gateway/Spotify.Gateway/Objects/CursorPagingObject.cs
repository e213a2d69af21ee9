namespace Spotify.Gateway.Objects;

/// <summary>The Spotify Web API's cursor-based paging object (used by followed artists).</summary>
public sealed record CursorPagingObject<T>(
    string Href,
    IReadOnlyList<T> Items,
    int Limit,
    string? Next,
    CursorsObject Cursors,
    int Total);
