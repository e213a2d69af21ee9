using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Spotify.Grains.Catalog.Demo;
using Spotify.Recommendations;

namespace Spotify.Grains;

public static class GrainsSiloBuilderExtensions
{
    /// <summary>Registers what the grains need beyond their providers: options and startup work.</summary>
    public static ISiloBuilder AddSpotifyGrains(this ISiloBuilder silo)
    {
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddSingleton<IRecommendationScorer, BaselineScorer>();
        silo.Services.AddOptions<DemoCatalogOptions>().BindConfiguration(DemoCatalogOptions.Section).ValidateOnStart();
        silo.AddStartupTask<DemoCatalogStartupTask>();
        return silo;
    }
}
