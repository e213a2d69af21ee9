using System.Net.Http.Headers;
using Spotify.Benchmarks.Hosts;
using Spotify.Benchmarks.Load;
using Spotify.Benchmarks.Measurement;

namespace Spotify.Benchmarks.Api;

/// <summary>
/// <c>GET /v1/tracks/{id}</c> through an Embedded gateway process (token check, rate limit, a
/// grain call) against a bare Kestrel endpoint in this process that returns a track's JSON bytes:
/// the throughput of each at maximum load, their ratio, and the gateway's latency at half of its
/// maximum.
/// </summary>
public static class TrackReadBenchmark
{
    public const double TargetThroughputRatio = 0.5;
    private const int Concurrency = 32;

    public static async Task<List<BenchResult>> RunAsync(TimeSpan duration)
    {
        await using var gateway = await BenchGateway.StartEmbeddedAsync(seedDemoCatalog: true);
        using var reader = await gateway.CreateAdminClientAsync("catalog:write");
        var trackIds = await DemoTracks.IdsAsync(reader);
        var body = await reader.GetByteArrayAsync($"/v1/tracks/{trackIds[0]}");
        await using var bare = await BareKestrel.StartAsync(body);
        using var bareClient = LoadClient(bare.BaseAddress, reader.DefaultRequestHeaders.Authorization);
        using var gatewayClient = LoadClient(gateway.BaseAddress, reader.DefaultRequestHeaders.Authorization);
        Task<bool> Bare(int n) => SucceedsAsync(bareClient, $"/v1/tracks/{trackIds[n % trackIds.Count]}");
        Task<bool> Gateway(int n) => SucceedsAsync(gatewayClient, $"/v1/tracks/{trackIds[n % trackIds.Count]}");

        Console.WriteLine($"GET /v1/tracks/{{id}}: {body.Length} bytes a response; {Concurrency} connections, {duration.TotalSeconds:0} s each");
        var warmup = TimeSpan.FromSeconds(Math.Min(3, duration.TotalSeconds));
        await ClosedLoopLoad.RunAsync(Bare, Concurrency, warmup);
        var bareMax = await ClosedLoopLoad.RunAsync(Bare, Concurrency, duration);
        await ClosedLoopLoad.RunAsync(Gateway, Concurrency, warmup);
        var gatewayMax = await ClosedLoopLoad.RunAsync(Gateway, Concurrency, duration);
        var halfLoad = await OpenLoopLoad.RunAsync(Gateway, gatewayMax.RequestsPerSecond / 2, duration);
        Console.WriteLine(
            $"bare {bareMax.RequestsPerSecond:N0}/s, gateway {gatewayMax.RequestsPerSecond:N0}/s ({gatewayMax.Errors} errors); " +
            $"at {gatewayMax.RequestsPerSecond / 2:N0}/s: p50 {halfLoad.Latencies.Percentile(50):0.00} ms, p99 {halfLoad.Latencies.Percentile(99):0.00} ms ({halfLoad.Errors} errors)");

        return
        [
            new BenchResult("GET /v1/tracks/{id} bare Kestrel, same bytes (ceiling)", bareMax.RequestsPerSecond, "requests/s"),
            new BenchResult("GET /v1/tracks/{id} through gateway and grain (Embedded)", gatewayMax.RequestsPerSecond, "requests/s"),
            new BenchResult("GET /v1/tracks/{id} throughput, gateway over bare Kestrel", gatewayMax.RequestsPerSecond / bareMax.RequestsPerSecond, "ratio", TargetThroughputRatio),
            new BenchResult("GET /v1/tracks/{id} at half of maximum load: p50", halfLoad.Latencies.Percentile(50), "ms"),
            new BenchResult("GET /v1/tracks/{id} at half of maximum load: p99", halfLoad.Latencies.Percentile(99), "ms"),
            new BenchResult("GET /v1/tracks/{id} errors under load", gatewayMax.Errors + halfLoad.Errors, "requests"),
        ];
    }

    private static HttpClient LoadClient(Uri baseAddress, AuthenticationHeaderValue? authorization)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency * 4 }) { BaseAddress = baseAddress };
        client.DefaultRequestHeaders.Authorization = authorization;
        return client;
    }

    private static async Task<bool> SucceedsAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        return response.IsSuccessStatusCode;
    }
}
