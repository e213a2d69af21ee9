using Spotify.Benchmarks.Micro;

namespace Spotify.Integration.Tests;

/// <summary>The BenchmarkDotNet micro-benchmarks, one invocation each, so that they keep running.</summary>
public sealed class MicroBenchmarkSmokeTests
{
    [Fact]
    public void Every_hot_path_case_reports_its_time_and_allocations()
    {
        var results = MicroBenchmarks.Run(dry: true, searchCatalogTracks: 2_000);

        // Scoring 2 profile sizes, reorder 2 sizes x 2 ranges, signing 2 methods, search 5 query kinds.
        const int cases = 2 + 4 + 2 + 5;
        Assert.Equal(2 * cases, results.Count);
        Assert.All(results.Where(result => result.Unit == "ns"), result => Assert.True(result.Value > 0, $"{result.Name} = {result.Value}"));
        Assert.Contains(results, result => result.Name == "micro: UrlSigning.Sign allocated" && result.Value > 0);
        Assert.Equal(5, results.Count(result => result.Name.StartsWith("micro: SearchIndex.Search (Kind=", StringComparison.Ordinal) && result.Unit == "ns"));
    }
}
