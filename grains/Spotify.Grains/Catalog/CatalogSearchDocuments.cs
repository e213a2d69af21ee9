using System.Collections.Immutable;
using Spotify.Contracts.Catalog;
using Spotify.Search;

namespace Spotify.Grains.Catalog;

/// <summary>
/// What search knows of a catalog batch. Tracks and albums are found by their artists' genres
/// (the catalog keeps genres on artists, as Spotify does), and by their album's release year.
/// </summary>
public static class CatalogSearchDocuments
{
    public static IReadOnlyCollection<SearchDocument> For(CatalogBatch batch, IReadOnlyDictionary<string, ImmutableArray<string>> genres)
    {
        ImmutableArray<string> GenresOf(IEnumerable<ArtistRef> artists) =>
            [.. artists.SelectMany(artist => genres.GetValueOrDefault(artist.Id, [])).Distinct()];

        return
        [
            .. batch.Artists.Select(artist => new SearchDocument(
                SearchItemType.Artist, artist.Id, artist.Name, [artist.Name], null, artist.Genres, null, artist.Popularity)),
            .. batch.Albums.Select(album => new SearchDocument(
                SearchItemType.Album, album.Id, album.Name, Names(album.Artists), album.Name,
                [.. album.Genres.Concat(GenresOf(album.Artists)).Distinct()], album.ReleaseDate.Date.Year, album.Popularity)),
            .. batch.Tracks.Select(track => new SearchDocument(
                SearchItemType.Track, track.Id, track.Name, Names(track.Artists), track.Album.Name,
                GenresOf(track.Artists), track.Album.ReleaseDate.Date.Year, track.Popularity)),
        ];
    }

    private static ImmutableArray<string> Names(ImmutableArray<ArtistRef> artists) => [.. artists.Select(artist => artist.Name)];
}
