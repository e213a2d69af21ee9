using System.Diagnostics;
using Spotify.Benchmarks.Api;
using Spotify.Benchmarks.Catalog;
using Spotify.Benchmarks.Grains;
using Spotify.Benchmarks.Hosts;
using Spotify.Benchmarks.Listening;
using Spotify.Benchmarks.Measurement;
using Spotify.Benchmarks.Media;
using Spotify.Benchmarks.Recommendations;
using Spotify.Benchmarks.Search;
using Spotify.Benchmarks.Startup;

namespace Spotify.Benchmarks.Suite;

/// <summary>
/// The standard suite, every benchmark at its standard size, one after the other so that none
/// disturbs another. Search and recommendations share one gateway holding the 100,000-track
/// generated catalog, which is ingested once.
/// </summary>
public static class BenchmarkSuite
{
    private const int CatalogTracks = 100_000;

    public static async Task<List<BenchResult>> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var results = new List<BenchResult>();
        async Task Part(string name, Func<Task<List<BenchResult>>> run)
        {
            Console.WriteLine($"== {name} ({clock.Elapsed:mm\\:ss})");
            results.AddRange(await run());
        }

        await Part("API reads against bare Kestrel", () => TrackReadBenchmark.RunAsync(TimeSpan.FromSeconds(10)));
        await Part("media ranges against nginx", () => MediaRangeBenchmark.RunAsync(TimeSpan.FromSeconds(10)));
        await Part("listening, Embedded", () => ListeningBenchmark.RunAsync(ListeningProfile.Embedded, users: 40, TimeSpan.FromSeconds(15), latencySamples: 100));
        await Part("listening, Cluster", () => ListeningBenchmark.RunAsync(ListeningProfile.Cluster, users: 40, TimeSpan.FromSeconds(15), latencySamples: 100));
        await Part("search and recommendations at 100,000 tracks", SearchAndRecommendationsAsync);
        await Part("memory per active user", () => UserMemoryBenchmark.RunAsync(users: 100_000));
        await Part("cold start", () => ColdStartBenchmark.RunAsync(starts: 3));
        Console.WriteLine($"Suite finished in {clock.Elapsed:mm\\:ss}");
        return results;
    }

    private static async Task<List<BenchResult>> SearchAndRecommendationsAsync()
    {
        var catalog = GeneratedCatalog.Build(CatalogTracks);
        await using var gateway = await BenchGateway.StartEmbeddedAsync(seedDemoCatalog: false);
        using var admin = await gateway.CreateAdminClientAsync("catalog:write");
        var trackIds = await CatalogIngest.IngestAsync(admin, catalog);
        var results = await SearchBenchmark.MeasureAsync(catalog, admin, queryCount: 5_000);
        results.AddRange(await RecommendationBenchmark.MeasureAsync(gateway, catalog, trackIds, events: 1_000_000, requests: 2_000));
        return results;
    }
}
