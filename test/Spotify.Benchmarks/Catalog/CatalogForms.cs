using System.Globalization;
using Spotify.Search;

namespace Spotify.Benchmarks.Catalog;

/// <summary>The generated catalog as the search index sees it, and as the ingest API takes it.</summary>
public static class CatalogForms
{
    public static List<SearchDocument> SearchDocuments(GeneratedCatalog catalog)
    {
        var documents = new List<SearchDocument>();
        foreach (var artist in catalog.Artists)
        {
            documents.Add(new SearchDocument(SearchItemType.Artist, artist.Key, artist.Name, [artist.Name], null, artist.Genres, null, artist.Popularity));
            foreach (var album in artist.Albums)
            {
                documents.Add(new SearchDocument(SearchItemType.Album, album.Upc, album.Name, [artist.Name], album.Name,
                    artist.Genres, album.Released.Year, artist.Popularity));
                documents.AddRange(album.Tracks.Select(track => new SearchDocument(SearchItemType.Track, track.Isrc, track.Name,
                    [artist.Name], album.Name, artist.Genres, album.Released.Year, track.Popularity)));
            }
        }
        return documents;
    }

    /// <summary>Bodies for <c>POST /v1/admin/catalog</c>, each whole artists with their albums and tracks.</summary>
    public static IEnumerable<object> IngestBatches(GeneratedCatalog catalog, int maxTracksPerBatch) =>
        catalog.Artists
            .Chunk(Math.Max(1, maxTracksPerBatch / (GeneratedCatalog.AlbumsPerArtist * GeneratedCatalog.TracksPerAlbum)))
            .Select(artists => new
            {
                artists = artists.Select(artist => new { key = artist.Key, name = artist.Name, genres = artist.Genres, popularity = artist.Popularity }),
                albums = artists.SelectMany(artist => artist.Albums.Select(album => new
                {
                    upc = album.Upc,
                    name = album.Name,
                    album_type = "album",
                    release_date = album.Released.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    artists = new[] { artist.Key },
                    label = "Benchmark Records",
                    tracks = album.Tracks.Select(track => new
                    {
                        isrc = track.Isrc,
                        name = track.Name,
                        duration_ms = track.DurationMs,
                        popularity = track.Popularity,
                        artists = new[] { artist.Key },
                    }),
                })),
            });
}
