using Spotify.Benchmarks.Api;
using Spotify.Benchmarks.Grains;
using Spotify.Benchmarks.Media;
using Spotify.Benchmarks.Mixed;
using Spotify.Benchmarks.Recommendations;
using Spotify.Benchmarks.Soak;
using Spotify.Benchmarks.Startup;

namespace Spotify.Integration.Tests;

/// <summary>The suite's other benchmarks, run small, so that they keep working; their figures are not judged here.</summary>
public sealed class PlatformBenchmarkSmokeTests
{
    [Fact]
    public async Task The_track_read_benchmark_compares_the_gateway_with_bare_kestrel()
    {
        var results = await TrackReadBenchmark.RunAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(6, results.Count);
        Assert.All(results.Take(5), result => Assert.True(result.Value > 0, $"{result.Name} = {result.Value}"));
        Assert.Equal(0, results[5].Value);
        Assert.Equal(TrackReadBenchmark.TargetThroughputRatio, results[2].Ceiling);
        Assert.Equal(results[1].Value / results[0].Value, results[2].Value, precision: 6);
    }

    [Fact]
    public async Task The_media_benchmark_compares_the_gateway_with_nginx_on_the_same_file()
    {
        var results = await MediaRangeBenchmark.RunAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(8, results.Count);
        Assert.All(results.Take(7), result => Assert.True(result.Value > 0, $"{result.Name} = {result.Value}"));
        Assert.Equal(0, results[7].Value);
        Assert.Equal(MediaRangeBenchmark.TargetThroughputRatio, results[2].Ceiling);
        Assert.Equal(results[1].Value / results[0].Value, results[2].Value, precision: 6);
    }

    [Fact]
    public async Task The_memory_benchmark_measures_bytes_per_active_user()
    {
        var results = await UserMemoryBenchmark.RunAsync(users: 3_000);

        Assert.Equal(3, results.Count);
        Assert.All(results, result => Assert.True(result.Value > 0, $"{result.Name} = {result.Value}"));
        Assert.True(results[1].Value > results[0].Value, "a user with a library grain takes more than the user grain alone");
    }

    [Fact]
    public async Task The_cold_start_benchmark_times_a_new_gateway_process()
    {
        var results = await ColdStartBenchmark.RunAsync(starts: 1);

        Assert.Equal(2, results.Count);
        Assert.All(results, result => Assert.InRange(result.Value, 0.1, 120));
    }

    [Fact]
    public async Task The_recommendation_benchmark_serves_users_with_a_history()
    {
        var results = await RecommendationBenchmark.RunAsync(trackCount: 2_000, events: 4_000, requests: 40);

        Assert.Equal(3, results.Count);
        Assert.All(results, result => Assert.True(result.Value > 0, $"{result.Name} = {result.Value}"));
        Assert.Equal(RecommendationBenchmark.TargetP99Milliseconds, results[1].Ceiling);
    }

    [Fact]
    public async Task The_mixed_traffic_benchmark_reports_every_endpoint_it_called_without_errors()
    {
        var results = await MixedTrafficBenchmark.RunAsync(trackCount: 500, users: 4, TimeSpan.FromSeconds(2), rate: null);

        Assert.True(results[0].Value > 0, $"throughput {results[0].Value}");
        Assert.Equal(0, results[1].Value);
        Assert.True(results.Single(result => result.Name == "GET /v1/tracks/{id}: requests").Value > 0);
        Assert.All(results.Where(result => result.Name.EndsWith(": errors", StringComparison.Ordinal)), result => Assert.Equal(0, result.Value));
    }

    [Fact]
    public async Task The_soak_benchmark_reports_memory_and_latency_growth_after_warm_up()
    {
        var results = await SoakBenchmark.RunAsync(TimeSpan.FromSeconds(4), trackCount: 500, users: 4, interval: TimeSpan.FromSeconds(1));

        Assert.Equal(4, results.Count);
        Assert.All(results.Take(2), result => Assert.InRange(result.Value, 10, 10_000));
        Assert.Equal(Math.Round((results[1].Value - results[0].Value) / results[0].Value * 100, 1), results[2].Value, tolerance: 1);
        Assert.Equal(10, results[3].Ceiling);
    }
}
