using Spotify.Benchmarks.Listening;

namespace Spotify.Integration.Tests;

/// <summary>The listening benchmark, run small, so that it keeps working; its figures are not judged here.</summary>
public sealed class ListeningBenchmarkSmokeTests
{
    [Fact]
    public async Task The_listening_benchmark_measures_throughput_and_play_to_visible_latency()
    {
        var results = await ListeningBenchmark.RunAsync(users: 2, loadDuration: TimeSpan.FromSeconds(1), latencySamples: 3);

        Assert.Equal(3, results.Count);
        Assert.All(results, result => Assert.True(result.Value > 0, $"{result.Name} = {result.Value}"));
        Assert.Equal(ListeningBenchmark.TargetEventsPerSecond, results[0].Ceiling);
    }
}
