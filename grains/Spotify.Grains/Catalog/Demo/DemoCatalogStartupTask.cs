using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;

namespace Spotify.Grains.Catalog.Demo;

/// <summary>Asks for the demo catalog once the silo is active, before it takes API traffic.</summary>
public sealed class DemoCatalogStartupTask(
    IGrainFactory grains,
    IOptions<DemoCatalogOptions> options,
    ILogger<DemoCatalogStartupTask> logger) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedOnStart)
        {
            return;
        }
        var seeded = await grains.GetGrain<IDemoCatalogGrain>(IDemoCatalogGrain.SingletonKey).SeedIfEmptyAsync();
        if (seeded)
        {
            var genre = DemoGenres.All[0].Name;
            logger.LogInformation(
                "Try a demo track: GET /v1/tracks/{TrackId} ({TrackUri})",
                DemoCatalog.TrackId(genre, 0, 0, 0),
                SpotifyUri.Track(DemoCatalog.TrackId(genre, 0, 0, 0)));
        }
    }
}
