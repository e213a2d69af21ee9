using Spotify.Benchmarks.Listening;

namespace Spotify.Integration.Tests;

/// <summary>The listening benchmark, run small, so that it keeps working; its figures are not judged here.</summary>
public sealed class ListeningBenchmarkSmokeTests
{
    [Fact]
    public async Task The_listening_benchmark_measures_throughput_and_play_to_visible_latency()
    {
        var results = await ListeningBenchmark.RunAsync(ListeningProfile.Embedded, users: 2, loadDuration: TimeSpan.FromSeconds(1), latencySamples: 3);

        Assert.Equal(3, results.Count);
        Assert.All(results, result => Assert.True(result.Value > 0, $"{result.Name} = {result.Value}"));
        Assert.Equal(ListeningBenchmark.TargetEventsPerSecond, results[0].Ceiling);
    }

    [Fact]
    public async Task The_listening_benchmark_runs_on_a_cluster_with_the_stream_on_postgres()
    {
        var results = await ListeningBenchmark.RunAsync(ListeningProfile.Cluster, users: 2, loadDuration: TimeSpan.FromSeconds(1), latencySamples: 3);

        Assert.Equal(3, results.Count);
        Assert.All(results, result => Assert.True(result.Value > 0, $"{result.Name} = {result.Value}"));
        Assert.Contains("PostgreSQL", results[0].Name);
        Assert.Equal(ListeningBenchmark.TargetVisibleP99ClusterMilliseconds, results[2].Ceiling);
    }
}
