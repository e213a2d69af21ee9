using System.Diagnostics;
using System.Net.Http.Json;
using Spotify.Benchmarks.Catalog;
using Spotify.Benchmarks.Hosts;
using Spotify.Benchmarks.Measurement;
using Spotify.Search;
using Spotify.Search.InMemory;

namespace Spotify.Benchmarks.Search;

/// <summary>
/// Search latency over a generated catalog in the Embedded profile: first the in-memory index on
/// its own, then <c>GET /v1/search</c> end to end through a gateway process that ingested the
/// same catalog through its admin API. One client, one request at a time.
/// </summary>
public static class SearchBenchmark
{
    public const double TargetP99Milliseconds = 20;
    private const int WarmupQueries = 300;

    public static async Task<List<BenchResult>> RunAsync(int trackCount, int queryCount)
    {
        var catalog = GeneratedCatalog.Build(trackCount);
        await using var gateway = await BenchGateway.StartEmbeddedAsync(seedDemoCatalog: false);
        using var admin = await gateway.CreateAdminClientAsync("catalog:write");
        await CatalogIngest.IngestAsync(admin, catalog);
        return await MeasureAsync(catalog, admin, queryCount);
    }

    /// <summary>Measures the index alone, then <paramref name="client"/>'s gateway, which holds <paramref name="catalog"/> already.</summary>
    public static async Task<List<BenchResult>> MeasureAsync(GeneratedCatalog catalog, HttpClient client, int queryCount)
    {
        var queries = SearchQueries.Generate(catalog, queryCount);
        Console.WriteLine($"Generated {catalog.TrackCount:N0} tracks of {catalog.Artists.Length:N0} artists; {queries.Count:N0} queries");
        var results = new List<BenchResult>();
        results.AddRange(await MeasureIndexAsync(catalog, queries));
        results.AddRange(await MeasureGatewayAsync(client, catalog, queries));
        return results;
    }

    private static async Task<List<BenchResult>> MeasureIndexAsync(GeneratedCatalog catalog, List<string> queries)
    {
        using var index = new InMemorySearchIndex();
        var indexing = Stopwatch.StartNew();
        await index.IndexAsync(CatalogForms.SearchDocuments(catalog));
        Console.WriteLine($"In-memory index built in {indexing.Elapsed.TotalSeconds:0.0} s");

        var parsed = queries.Select(Parse).ToList();
        foreach (var query in parsed.Take(WarmupQueries))
        {
            await index.SearchAsync(query, SearchItemType.Track, 0, 20);
        }
        var latencies = new Latencies();
        var found = 0;
        foreach (var query in parsed)
        {
            var hits = await latencies.MeasureAsync(() => index.SearchAsync(query, SearchItemType.Track, 0, 20));
            found += hits.Ids.IsEmpty ? 0 : 1;
        }
        Console.WriteLine($"In-memory index: {found:N0} of {parsed.Count:N0} queries found tracks");
        return Figures("search index (in-memory, type=track)", catalog, latencies);
    }

    private static async Task<List<BenchResult>> MeasureGatewayAsync(HttpClient admin, GeneratedCatalog catalog, List<string> queries)
    {
        var urls = queries.Select(query => $"/v1/search?type=track&limit=20&q={Uri.EscapeDataString(query)}").ToList();
        foreach (var url in urls.Take(WarmupQueries))
        {
            (await admin.GetAsync(url)).EnsureSuccessStatusCode();
        }
        var latencies = new Latencies();
        foreach (var url in urls)
        {
            var response = await latencies.MeasureAsync(async () =>
            {
                var answer = await admin.GetAsync(url);
                await answer.Content.ReadAsByteArrayAsync();
                return answer;
            });
            response.EnsureSuccessStatusCode();
        }
        return Figures("GET /v1/search (Embedded gateway, type=track)", catalog, latencies);
    }

    private static List<BenchResult> Figures(string name, GeneratedCatalog catalog, Latencies latencies)
    {
        var label = $"{name}, {catalog.TrackCount / 1000}k tracks";
        return
        [
            new BenchResult($"{label}: p50", latencies.Percentile(50), "ms"),
            new BenchResult($"{label}: p99", latencies.Percentile(99), "ms", TargetP99Milliseconds),
            new BenchResult($"{label}: max", latencies.Max, "ms"),
        ];
    }

    private static SearchQuery Parse(string q) =>
        SearchQueryParser.TryParse(q, out var query, out var error)
            ? query
            : throw new InvalidOperationException($"Generated query '{q}' is invalid: {error}");
}
