using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Spotify.Benchmarks.Measurement;

namespace Spotify.Benchmarks.Micro;

/// <summary>
/// BenchmarkDotNet over the hot paths (scoring, playlist reorder, URL signing, search), in this
/// process (no generated project to build), with allocations per operation. BenchmarkDotNet prints
/// its own table; each case also becomes two figures of the report: mean time and bytes allocated.
/// </summary>
public static class MicroBenchmarks
{
    public static readonly Type[] All =
        [typeof(ScoringBenchmarks), typeof(PlaylistReorderBenchmarks), typeof(UrlSigningBenchmarks), typeof(SearchIndexBenchmarks)];

    public const int StandardSearchCatalogTracks = 100_000;

    /// <summary>The catalog size the search cases run on (BenchmarkDotNet creates the benchmark objects itself).</summary>
    public static int SearchCatalogTracks { get; private set; } = StandardSearchCatalogTracks;

    /// <param name="dry">One invocation per case, to check they run; the figures mean nothing.</param>
    public static List<BenchResult> Run(bool dry = false, int searchCatalogTracks = StandardSearchCatalogTracks)
    {
        SearchCatalogTracks = searchCatalogTracks;
        var job = (dry ? Job.Dry : Job.ShortRun).WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "spotify-micro-benchmarks"))
            .WithOptions(ConfigOptions.JoinSummary);
        if (dry)
        {
            config = config.WithOptions(ConfigOptions.DisableOptimizationsValidator);
        }
        var summaries = BenchmarkRunner.Run(All, config);
        return [.. summaries.SelectMany(summary => summary.Reports).SelectMany(Figures)];
    }

    private static IEnumerable<BenchResult> Figures(BenchmarkReport report)
    {
        var benchmark = report.BenchmarkCase;
        var parameters = benchmark.HasParameters
            ? $" ({string.Join(", ", benchmark.Parameters.Items.Select(parameter => $"{parameter.Name}={parameter.Value}"))})"
            : "";
        var name = $"micro: {benchmark.Descriptor.Type.Name.Replace("Benchmarks", "", StringComparison.Ordinal)}.{benchmark.Descriptor.WorkloadMethod.Name}{parameters}";
        if (report.ResultStatistics is not { } statistics)
        {
            throw new InvalidOperationException($"{name} produced no measurements; see BenchmarkDotNet's output above.");
        }
        yield return new BenchResult($"{name} mean", Math.Round(statistics.Mean, 1), "ns");
        yield return new BenchResult($"{name} allocated", report.GcStats.GetBytesAllocatedPerOperation(benchmark) ?? 0, "B/op");
    }
}
