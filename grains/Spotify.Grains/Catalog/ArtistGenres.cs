using System.Collections.Immutable;
using Spotify.Contracts.Catalog;

namespace Spotify.Grains.Catalog;

/// <summary>The genres of the artists a catalog batch mentions (the catalog keeps genres on artists, as Spotify does).</summary>
public static class ArtistGenres
{
    /// <summary>Each artist's genres, from the batch or else from the catalog.</summary>
    public static async Task<Dictionary<string, ImmutableArray<string>>> OfAsync(IGrainFactory grains, CatalogBatch batch)
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
