using Spotify.Benchmarks.Catalog;

namespace Spotify.Benchmarks.Recommendations;

/// <summary>Listeners spread over the catalog's genres, each favouring one.</summary>
public static class ListenerTastes
{
    public static List<ListenerTaste> Build(GeneratedCatalog catalog, IReadOnlyDictionary<string, string> trackIdsByIsrc, int listeners)
    {
        var tracks = catalog.Artists
            .SelectMany(artist => artist.Albums.SelectMany(album => album.Tracks.Select(track => (Genre: artist.Genres[0], track.Popularity, Id: trackIdsByIsrc[track.Isrc]))))
            .OrderByDescending(track => track.Popularity)
            .ToList();
        var byPopularity = tracks.Select(track => track.Id).ToList();
        var byGenre = tracks.GroupBy(track => track.Genre).ToDictionary(group => group.Key, group => group.Select(track => track.Id).ToList());
        var genres = byGenre.Keys.Order(StringComparer.Ordinal).ToList();
        return [.. Enumerable.Range(0, listeners).Select(n => new ListenerTaste(byGenre[genres[n % genres.Count]], byPopularity, seed: n))];
    }
}
