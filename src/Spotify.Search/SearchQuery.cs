using System.Collections.Immutable;

namespace Spotify.Search;

/// <summary>
/// A parsed search: free text words, which may match an item's name, artist or album, and the
/// words of each field filter. Every word must match, a word matching as the start of an indexed
/// word. Read one with <see cref="SearchQueryParser"/>.
/// </summary>
public sealed record SearchQuery(
    ImmutableArray<string> Words,
    ImmutableArray<string> ArtistWords,
    ImmutableArray<string> AlbumWords,
    ImmutableArray<string> TrackWords,
    ImmutableArray<string> GenreWords,
    YearRange? Years)
{
    /// <summary>The free text as the index compares it with names.</summary>
    public string Text => string.Join(' ', Words);

    /// <summary>
    /// Whether every filter of the query can apply to items of <paramref name="type"/>. Filters
    /// follow the Spotify Web API: artist and genre for artists, albums and tracks; album and year
    /// for albums and tracks; track for tracks; none for playlists. A type a filter cannot apply
    /// to has no matches, rather than matches that ignore the filter.
    /// </summary>
    public bool AppliesTo(SearchItemType type) => type switch
    {
        SearchItemType.Track => true,
        SearchItemType.Album => TrackWords.IsEmpty,
        SearchItemType.Artist => TrackWords.IsEmpty && AlbumWords.IsEmpty && Years is null,
        _ => TrackWords.IsEmpty && AlbumWords.IsEmpty && ArtistWords.IsEmpty && GenreWords.IsEmpty && Years is null,
    };

    internal IEnumerable<TermClause> Clauses() =>
        Words.Select(word => new TermClause(word, SearchField.FreeText))
            .Concat(ArtistWords.Select(word => new TermClause(word, SearchField.Artist)))
            .Concat(AlbumWords.Select(word => new TermClause(word, SearchField.Album)))
            .Concat(TrackWords.Select(word => new TermClause(word, SearchField.Name)))
            .Concat(GenreWords.Select(word => new TermClause(word, SearchField.Genre)));
}
