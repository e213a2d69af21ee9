namespace Spotify.Gateway.Objects;

/// <summary>The Spotify Web API's paging object; <c>next</c> and <c>previous</c> are null at the ends.</summary>
public sealed record PagingObject<T>(
    string Href,
    IReadOnlyList<T> Items,
    int Limit,
    string? Next,
    int Offset,
    string? Previous,
    int Total);
