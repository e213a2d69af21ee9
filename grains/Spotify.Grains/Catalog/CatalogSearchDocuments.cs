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
    public static async Task<IReadOnlyCollection<SearchDocument>> ForAsync(IGrainFactory grains, CatalogBatch batch)
    {
        var genres = await ArtistGenresAsync(grains, batch);
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

    /// <summary>The genres of every artist the batch mentions, from the batch or else from the catalog.</summary>
    private static async Task<Dictionary<string, ImmutableArray<string>>> ArtistGenresAsync(IGrainFactory grains, CatalogBatch batch)
    {
        var genres = batch.Artists.ToDictionary(artist => artist.Id, artist => artist.Genres);
        var elsewhere = batch.Albums.SelectMany(album => album.Artists)
            .Concat(batch.Tracks.SelectMany(track => track.Artists))
            .Select(artist => artist.Id)
            .Where(id => !genres.ContainsKey(id))
            .Distinct()
            .ToList();
        var found = await Task.WhenAll(elsewhere.Select(id => grains.GetGrain<IArtistGrain>(id).GetAsync()));
        foreach (var artist in found.OfType<ArtistDetails>())
        {
            genres[artist.Id] = artist.Genres;
        }
        return genres;
    }
}
