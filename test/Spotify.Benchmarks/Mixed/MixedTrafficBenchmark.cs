using System.Globalization;
using Spotify.Benchmarks.Load;
using Spotify.Benchmarks.Measurement;

namespace Spotify.Benchmarks.Mixed;

/// <summary>
/// Realistic mixed traffic against an Embedded gateway: listeners in sessions who look up and
/// play tracks drawn by popularity (Zipf), search, save, edit their playlist and fetch
/// recommendations. Closed loop (one request in flight per listener, as fast as answered) or open
/// loop at a fixed rate; throughput, latency p50/p90/p99/max and errors per endpoint.
/// </summary>
public static class MixedTrafficBenchmark
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    /// <param name="rate">Requests per second for an open-loop run; null for a closed loop at maximum.</param>
    public static async Task<List<BenchResult>> RunAsync(int trackCount, int users, TimeSpan duration, double? rate)
    {
        await using var traffic = await MixedTraffic.StartAsync(trackCount, users);
        await ClosedLoopLoad.RunAsync(n => traffic.StepAsync(n, new EndpointStats()), users, WarmUp);

        var stats = new EndpointStats();
        var load = rate is { } perSecond
            ? await OpenLoopLoad.RunAsync(n => traffic.StepAsync(n, stats), perSecond, duration)
            : await ClosedLoopLoad.RunAsync(n => traffic.StepAsync(n, stats), users, duration);

        var mode = rate is { } target ? string.Create(CultureInfo.InvariantCulture, $"open loop at {target:0} req/s") : $"closed loop, {users} listeners";
        var label = $"mixed ({trackCount / 1000}k tracks, {mode})";
        var results = new List<BenchResult>
        {
            new($"{label}: throughput", Math.Round(load.RequestsPerSecond), "req/s"),
            new($"{label}: errors", load.Errors, "requests"),
            new($"{label}: all requests p50", load.Latencies.Percentile(50), "ms"),
            new($"{label}: all requests p99", load.Latencies.Percentile(99), "ms"),
        };
        foreach (var (endpoint, latencies, errors) in stats.All)
        {
            results.Add(new($"{endpoint}: p50", latencies.Percentile(50), "ms"));
            results.Add(new($"{endpoint}: p90", latencies.Percentile(90), "ms"));
            results.Add(new($"{endpoint}: p99", latencies.Percentile(99), "ms"));
            results.Add(new($"{endpoint}: max", latencies.Max, "ms"));
            results.Add(new($"{endpoint}: requests", latencies.Count, "requests"));
            results.Add(new($"{endpoint}: errors", errors, "requests"));
        }
        return results;
    }
}
