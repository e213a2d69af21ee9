using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Spotify.Benchmarks.Hosts;
using Spotify.Benchmarks.Measurement;
using Spotify.Testing;

namespace Spotify.Benchmarks.Listening;

/// <summary>
/// Listening events through a gateway process on the demo catalog, in either profile: Embedded
/// (memory streams) or Cluster (two silo processes and a gateway, the stream on PostgreSQL through
/// Microsoft.Orleans.Streaming.AdoNet). Measures sustained events per second from many users
/// reporting batches at once until every stream is drained, and the time from an accepted play to
/// a recommendation response that reflects it.
/// </summary>
public static class ListeningBenchmark
{
    public const double TargetEventsPerSecond = 20_000;
    public const double TargetVisibleP99EmbeddedMilliseconds = 100;
    public const double TargetVisibleP99ClusterMilliseconds = 1_000;
    private const string Scopes = "user-modify-playback-state user-read-recently-played";
    private const int BatchSize = 50;

    private static readonly IReadOnlyDictionary<string, string> DurableStreamSettings = new Dictionary<string, string>
    {
        ["Spotify:Streams:Provider"] = "AdoNet",
    };

    public static async Task<List<BenchResult>> RunAsync(ListeningProfile profile, int users, TimeSpan loadDuration, int latencySamples)
    {
        if (profile == ListeningProfile.Embedded)
        {
            await using var embedded = await BenchGateway.StartEmbeddedAsync(seedDemoCatalog: true);
            return await RunAsync(embedded, "Embedded, memory streams", TargetVisibleP99EmbeddedMilliseconds, users, loadDuration, latencySamples);
        }
        await using var services = await BackingServices.EnsureAsync();
        await using var cluster = await SiloCluster.StartAsync("bench-listening", siloCount: 2, DurableStreamSettings);
        await using var gateway = await BenchGateway.StartClusterAsync(cluster, DurableStreamSettings);
        return await RunAsync(gateway, "Cluster, ADO.NET streams on PostgreSQL", TargetVisibleP99ClusterMilliseconds, users, loadDuration, latencySamples);
    }

    private static async Task<List<BenchResult>> RunAsync(
        BenchGateway gateway, string setup, double visibleTarget, int users, TimeSpan loadDuration, int latencySamples)
    {
        using var catalogClient = await gateway.CreateAdminClientAsync("catalog:write");
        var trackIds = await DemoTracks.IdsAsync(catalogClient);
        Console.WriteLine($"{setup}: signing in {users + latencySamples} users; {trackIds.Count} demo tracks");
        var loadUsers = await gateway.CreateUserClientsAsync(users, Scopes);
        var freshUsers = await gateway.CreateUserClientsAsync(latencySamples, Scopes);

        var eventsPerSecond = await MeasureThroughputAsync(loadUsers, trackIds, loadDuration);
        var visible = await MeasureEventToVisibleAsync(freshUsers, trackIds);
        foreach (var client in loadUsers.Concat(freshUsers))
        {
            client.Dispose();
        }
        return
        [
            new BenchResult($"listening events sustained ({setup})", eventsPerSecond, "events/s", TargetEventsPerSecond),
            new BenchResult($"play to visible in recommendations ({setup}): p50", visible.Percentile(50), "ms"),
            new BenchResult($"play to visible in recommendations ({setup}): p99", visible.Percentile(99), "ms", visibleTarget),
        ];
    }

    /// <summary>Every user posts batches back to back; the clock stops when the last user's last play is in its history.</summary>
    private static async Task<double> MeasureThroughputAsync(HttpClient[] users, List<string> trackIds, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        var reported = await Task.WhenAll(users.Select(async (client, user) =>
        {
            var sent = 0;
            DateTimeOffset lastEnd = default;
            while (clock.Elapsed < duration)
            {
                var batch = Enumerable.Range(sent, BatchSize)
                    .Select(n => PlayEvents.Play($"load-{user}-{n}", trackIds[(user * 7 + n) % trackIds.Count], start.AddSeconds(n)))
                    .ToList();
                var response = await client.PostAsJsonAsync("/v1/me/player/events", new { events = batch });
                response.EnsureSuccessStatusCode();
                sent += BatchSize;
                lastEnd = start.AddSeconds(sent - 1) + PlayEvents.PlayedFor;
            }
            return (Client: client, Sent: sent, LastEnd: lastEnd);
        }));
        var posted = clock.Elapsed;
        await Task.WhenAll(reported.Select(user => History.WaitForPlayAsync(user.Client, user.LastEnd)));
        var drained = clock.Elapsed;
        var total = reported.Sum(user => user.Sent);
        Console.WriteLine($"{total:N0} events posted in {posted.TotalSeconds:0.0} s ({total / posted.TotalSeconds:N0}/s), all applied after {drained.TotalSeconds:0.0} s");
        return total / drained.TotalSeconds;
    }

    /// <summary>A new user plays one track; the clock runs from the accepted POST until a recommendation names a reason from the user's taste.</summary>
    private static async Task<Latencies> MeasureEventToVisibleAsync(HttpClient[] users, List<string> trackIds)
    {
        var latencies = new Latencies();
        for (var user = 0; user < users.Length; user++)
        {
            var client = users[user];
            var play = PlayEvents.Play($"visible-{user}", trackIds[user % trackIds.Count], DateTimeOffset.UtcNow.AddMinutes(-5));
            (await client.PostAsJsonAsync("/v1/me/player/events", new { events = new[] { play } })).EnsureSuccessStatusCode();
            await latencies.MeasureAsync(() => WaitForPersonalRecommendationAsync(client));
        }
        return latencies;
    }

    private static async Task<bool> WaitForPersonalRecommendationAsync(HttpClient client)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            var result = await client.GetFromJsonAsync<JsonElement>("/v1/recommendations?limit=10");
            if (result.GetProperty("tracks").EnumerateArray().Any(track => !track.GetProperty("reason").GetString()!.StartsWith("Popular", StringComparison.Ordinal)))
            {
                return true;
            }
        }
        throw new TimeoutException("A play never showed in recommendations.");
    }
}
