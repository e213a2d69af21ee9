using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Spotify.Contracts;
using Spotify.Recommendations;
using Spotify.Recommendations.Archive;
using Spotify.Search;
using Spotify.Search.InMemory;

namespace Spotify.Grains.Tests;

/// <summary>
/// A two-silo in-process cluster with the grains' providers: memory storages behind the same
/// System.Text.Json serializer the real storage uses, so state that cannot round-trip fails here,
/// and in-memory reminders.
/// </summary>
public sealed class GrainClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; } = Build();

    public IGrainFactory Grains => Cluster.Client;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    private static InProcessTestCluster Build()
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 2);
        builder.ConfigureSilo((_, silo) => ConfigureSilo(silo));
        builder.ConfigureClient(client => client.AddMemoryStreams(ProviderNames.ListeningStreams));
        return builder.Build();
    }

    /// <summary>The providers and services every test silo has.</summary>
    public static void ConfigureSilo(ISiloBuilder silo)
    {
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.AddSingleton<ISearchIndex, InMemorySearchIndex>();
        silo.Services.AddSingleton(TimeProvider.System);
        silo.Services.AddSingleton<IRecommendationScorer, BaselineScorer>();
        silo.Services.AddSingleton<IListeningArchive>(_ => new FileListeningArchive(
            Path.Combine(Path.GetTempPath(), "spotify-grain-tests", Guid.NewGuid().ToString("N"))));
        silo.AddMemoryStreams(ProviderNames.ListeningStreams);
        silo.UseInMemoryReminderService();
        foreach (var storage in ProviderNames.GrainStorages)
        {
            silo.AddMemoryGrainStorage(storage);
        }
    }
}
