using Spotify.Benchmarks.Search;

namespace Spotify.Integration.Tests;

/// <summary>The search benchmark, run small, so that it keeps working; its figures are not judged here.</summary>
public sealed class SearchBenchmarkSmokeTests
{
    [Fact]
    public async Task The_search_benchmark_measures_the_index_and_the_gateway()
    {
        var results = await SearchBenchmark.RunAsync(trackCount: 2_000, queryCount: 200);

        Assert.Equal(6, results.Count);
        Assert.All(results, result => Assert.True(result.Value > 0, $"{result.Name} = {result.Value}"));
        var p99s = results.Where(result => result.Name.EndsWith(": p99", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, p99s.Count);
        Assert.All(p99s, result => Assert.Equal(SearchBenchmark.TargetP99Milliseconds, result.Ceiling));
    }
}
