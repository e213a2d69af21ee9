using Microsoft.Extensions.Logging;
using Spotify.Contracts.Catalog;
using Spotify.Search;

namespace Spotify.Grains.Catalog.Demo;

/// <summary>
/// Seeds the demo catalog. Being one non-reentrant grain, it checks and seeds as one step even
/// when several silos ask at once.
/// </summary>
public sealed class DemoCatalogGrain(ISearchIndex search, ILogger<DemoCatalogGrain> logger) : Grain, IDemoCatalogGrain
{
    public async Task<bool> SeedIfEmptyAsync()
    {
        var newReleases = GrainFactory.GetGrain<INewReleasesGrain>(INewReleasesGrain.SingletonKey);
        var listed = await newReleases.CountAsync();
        if (listed > 0)
        {
            logger.LogInformation("Catalog already holds {AlbumCount} albums; demo catalog not seeded", listed);
            return false;
        }

        var batch = DemoCatalog.Build();
        await CatalogWriter.WriteAsync(GrainFactory, search, batch);
        logger.LogInformation(
            "Demo catalog seeded: {ArtistCount} artists, {AlbumCount} albums, {TrackCount} tracks",
            batch.Artists.Length, batch.Albums.Length, batch.Tracks.Length);
        return true;
    }
}
