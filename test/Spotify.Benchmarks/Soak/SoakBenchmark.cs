using System.Globalization;
using Spotify.Benchmarks.Load;
using Spotify.Benchmarks.Measurement;
using Spotify.Benchmarks.Mixed;

namespace Spotify.Benchmarks.Soak;

/// <summary>
/// The mixed traffic at half of the gateway's measured maximum for a long while, in intervals:
/// after each, the gateway's resident memory and the interval's latencies. After the warm-up
/// intervals, neither memory nor p99 should grow by more than 10%.
/// </summary>
public static class SoakBenchmark
{
    private const double GrowthCeilingPercent = 10;
    private const int WarmUpIntervals = 2;
    public static readonly TimeSpan StandardInterval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestMaximumProbe = TimeSpan.FromSeconds(15);

    /// <param name="interval">How often memory and latency are reported (<see cref="StandardInterval"/> but in tests).</param>
    public static async Task<List<BenchResult>> RunAsync(TimeSpan duration, int trackCount, int users, TimeSpan interval)
    {
        await using var traffic = await MixedTraffic.StartAsync(trackCount, users);
        var probe = interval < LongestMaximumProbe ? interval : LongestMaximumProbe;
        var maximum = await ClosedLoopLoad.RunAsync(n => traffic.StepAsync(n, new EndpointStats()), users, probe);
        var rate = maximum.RequestsPerSecond / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Maximum {maximum.RequestsPerSecond:0} req/s; soaking at {rate:0} req/s for {duration.TotalMinutes:0.#} min"));
        Console.WriteLine("minute  req/s  errors   p50 ms   p99 ms   memory MB");

        var intervals = new List<(double Memory, double P99)>();
        var clock = TimeSpan.Zero;
        while (clock < duration)
        {
            var load = await OpenLoopLoad.RunAsync(n => traffic.StepAsync(n, new EndpointStats()), rate, interval);
            clock += load.Elapsed;
            var memory = traffic.Gateway.WorkingSetBytes / 1_048_576.0;
            var p99 = load.Latencies.Percentile(99);
            intervals.Add((memory, p99));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{clock.TotalMinutes,6:0.0} {load.RequestsPerSecond,6:0} {load.Errors,7} {load.Latencies.Percentile(50),8:0.0} {p99,8:0.0} {memory,11:0}"));
        }
        if (intervals.Count <= WarmUpIntervals)
        {
            throw new ArgumentException($"A soak needs more than {WarmUpIntervals} intervals of {interval.TotalSeconds:0} s after warm-up.", nameof(duration));
        }

        var (baselineMemory, baselineP99) = intervals[WarmUpIntervals];
        var (finalMemory, finalP99) = intervals[^1];
        var label = string.Create(CultureInfo.InvariantCulture, $"soak ({duration.TotalMinutes:0.#} min at {rate:0} req/s)");
        return
        [
            new($"{label}: memory after warm-up", Math.Round(baselineMemory), "MB"),
            new($"{label}: memory at the end", Math.Round(finalMemory), "MB"),
            new($"{label}: memory growth", Math.Round(Growth(baselineMemory, finalMemory), 1), "%", GrowthCeilingPercent),
            new($"{label}: p99 growth", Math.Round(Growth(baselineP99, finalP99), 1), "%", GrowthCeilingPercent),
        ];
    }

    private static double Growth(double from, double to) => (to - from) / from * 100;
}
