using System.Collections.Immutable;

namespace Spotify.Search;

/// <summary>
/// What the index knows of one item. Every item has a name; the other fields are what the
/// <c>artist:</c>, <c>album:</c>, <c>genre:</c> and <c>year:</c> filters look at, so an artist's
/// own name is its artist text and an album's own name is its album text.
/// </summary>
public sealed record SearchDocument(
    SearchItemType Type,
    string Id,
    string Name,
    ImmutableArray<string> ArtistNames,
    string? AlbumName,
    ImmutableArray<string> Genres,
    int? Year,
    int Popularity);
