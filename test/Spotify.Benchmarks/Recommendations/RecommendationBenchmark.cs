using System.Net.Http.Json;
using System.Text.Json;
using Spotify.Benchmarks.Catalog;
using Spotify.Benchmarks.Hosts;
using Spotify.Benchmarks.Listening;
using Spotify.Benchmarks.Measurement;

namespace Spotify.Benchmarks.Recommendations;

/// <summary>
/// Personalised <c>GET /v1/recommendations</c> through an Embedded gateway holding a generated
/// catalog (100,000 tracks by default) and a history of reported plays (a million by default,
/// spread over a few hundred users who each favour one genre and otherwise play what is popular).
/// One request at a time, cycling through the users.
/// </summary>
public static class RecommendationBenchmark
{
    public const double TargetP99Milliseconds = 10;
    private const int MaxListeners = 200;
    private const int MinPlaysPerListener = 500;
    private const int BatchSize = 50;
    private const int PostingUsers = 40;
    private const string Scopes = "user-modify-playback-state user-read-recently-played";

    public static async Task<List<BenchResult>> RunAsync(int trackCount, int events, int requests)
    {
        var catalog = GeneratedCatalog.Build(trackCount);
        await using var gateway = await BenchGateway.StartEmbeddedAsync(seedDemoCatalog: false);
        using var admin = await gateway.CreateAdminClientAsync("catalog:write");
        var trackIds = await CatalogIngest.IngestAsync(admin, catalog);
        return await MeasureAsync(gateway, catalog, trackIds, events, requests);
    }

    /// <summary>Reports the history into <paramref name="gateway"/>, which holds <paramref name="catalog"/> already, then measures.</summary>
    public static async Task<List<BenchResult>> MeasureAsync(
        BenchGateway gateway, GeneratedCatalog catalog, IReadOnlyDictionary<string, string> trackIds, int events, int requests)
    {
        var listeners = ListenerTastes.Build(catalog, trackIds, Math.Clamp(events / MinPlaysPerListener, 1, MaxListeners));
        var users = await gateway.CreateUserClientsAsync(listeners.Count, Scopes);

        await ReportHistoryAsync(users, listeners, events / users.Length);
        var latencies = new Latencies();
        for (var n = 0; n < requests; n++)
        {
            var client = users[n % users.Length];
            var recommended = await latencies.MeasureAsync(() => client.GetFromJsonAsync<JsonElement>("/v1/recommendations?limit=20"));
            if (recommended.GetProperty("tracks").GetArrayLength() == 0)
            {
                throw new InvalidOperationException("A user with a history got no recommendations.");
            }
        }
        foreach (var user in users)
        {
            user.Dispose();
        }
        var label = $"GET /v1/recommendations (Embedded, {catalog.TrackCount / 1000}k tracks, {events / 1_000_000.0:0.##}M plays)";
        return
        [
            new BenchResult($"{label}: p50", latencies.Percentile(50), "ms"),
            new BenchResult($"{label}: p99", latencies.Percentile(99), "ms", TargetP99Milliseconds),
            new BenchResult($"{label}: max", latencies.Max, "ms"),
        ];
    }

    /// <summary>Each user reports their plays in batches, <see cref="PostingUsers"/> users at a time; returns when every play is applied.</summary>
    private static async Task ReportHistoryAsync(HttpClient[] users, List<ListenerTaste> listeners, int playsPerUser)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var start = DateTimeOffset.UtcNow.AddDays(-60);
        var spacing = TimeSpan.FromDays(59) / playsPerUser;
        using var gate = new SemaphoreSlim(PostingUsers);
        await Task.WhenAll(users.Select(async (client, user) =>
        {
            await gate.WaitAsync();
            try
            {
                for (var sent = 0; sent < playsPerUser; sent += BatchSize)
                {
                    var batch = Enumerable.Range(sent, Math.Min(BatchSize, playsPerUser - sent))
                        .Select(n => PlayEvents.Play($"history-{user}-{n}", listeners[user].NextTrack(), start + spacing * n))
                        .ToList();
                    (await client.PostAsJsonAsync("/v1/me/player/events", new { events = batch })).EnsureSuccessStatusCode();
                }
                await History.WaitForPlayAsync(client, start + spacing * (playsPerUser - 1) + PlayEvents.PlayedFor);
            }
            finally
            {
                gate.Release();
            }
        }));
        Console.WriteLine($"{users.Length * playsPerUser:N0} plays reported and applied in {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
