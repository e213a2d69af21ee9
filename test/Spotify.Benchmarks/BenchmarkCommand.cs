using System.Globalization;
using Spotify.Benchmarks.Api;
using Spotify.Benchmarks.Grains;
using Spotify.Benchmarks.Listening;
using Spotify.Benchmarks.Measurement;
using Spotify.Benchmarks.Media;
using Spotify.Benchmarks.Micro;
using Spotify.Benchmarks.Mixed;
using Spotify.Benchmarks.Recommendations;
using Spotify.Benchmarks.Search;
using Spotify.Benchmarks.Soak;
using Spotify.Benchmarks.Startup;
using Spotify.Benchmarks.Suite;

namespace Spotify.Benchmarks;

/// <summary>
/// The command line: one benchmark by name, its options as <c>--name value</c>. Every benchmark
/// prints its figures as a table and, with <c>--out DIR</c>, writes DIR/bench-results.json and .md.
/// </summary>
public static class BenchmarkCommand
{
    private const string Usage =
        "usage: Spotify.Benchmarks suite [--out DIR]\n" +
        "       Spotify.Benchmarks search [--tracks 100000] [--queries 5000] [--out DIR]\n" +
        "       Spotify.Benchmarks listening [--profile embedded|cluster|both] [--users 40] [--seconds 20] [--samples 100] [--out DIR]\n" +
        "       Spotify.Benchmarks tracks [--seconds 10] [--out DIR]\n" +
        "       Spotify.Benchmarks media [--seconds 10] [--out DIR]\n" +
        "       Spotify.Benchmarks coldstart [--starts 3] [--out DIR]\n" +
        "       Spotify.Benchmarks memory [--users 100000] [--out DIR]\n" +
        "       Spotify.Benchmarks recommendations [--tracks 100000] [--events 1000000] [--requests 2000] [--out DIR]\n" +
        "       Spotify.Benchmarks mixed [--tracks 10000] [--users 32] [--seconds 30] [--rate REQUESTS_PER_SECOND] [--out DIR]\n" +
        "       Spotify.Benchmarks soak [--minutes 10] [--tracks 10000] [--users 32] [--out DIR]\n" +
        "       Spotify.Benchmarks micro [--out DIR]";

    private static readonly Dictionary<string, string[]> OptionsOf = new()
    {
        ["suite"] = [],
        ["search"] = ["tracks", "queries"],
        ["listening"] = ["profile", "users", "seconds", "samples"],
        ["tracks"] = ["seconds"],
        ["media"] = ["seconds"],
        ["coldstart"] = ["starts"],
        ["memory"] = ["users"],
        ["recommendations"] = ["tracks", "events", "requests"],
        ["mixed"] = ["tracks", "users", "seconds", "rate"],
        ["soak"] = ["minutes", "tracks", "users"],
        ["micro"] = [],
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !OptionsOf.TryGetValue(args[0], out var allowed) || !TryReadOptions(args[1..], [.. allowed, "out"], out var options))
        {
            Console.Error.WriteLine(Usage);
            return 64;
        }
        var results = args[0] switch
        {
            "suite" => await BenchmarkSuite.RunAsync(),
            "search" => await SearchBenchmark.RunAsync(Number(options, "tracks", 100_000), Number(options, "queries", 5_000)),
            "listening" => await ListeningAsync(options),
            "tracks" => await TrackReadBenchmark.RunAsync(Seconds(options, 10)),
            "media" => await MediaRangeBenchmark.RunAsync(Seconds(options, 10)),
            "coldstart" => await ColdStartBenchmark.RunAsync(Number(options, "starts", 3)),
            "memory" => await UserMemoryBenchmark.RunAsync(Number(options, "users", 100_000)),
            "mixed" => await MixedTrafficBenchmark.RunAsync(
                Number(options, "tracks", 10_000), Number(options, "users", 32), Seconds(options, 30),
                options.ContainsKey("rate") ? Number(options, "rate", 0) : null),
            "soak" => await SoakBenchmark.RunAsync(
                TimeSpan.FromMinutes(Number(options, "minutes", 10)), Number(options, "tracks", 10_000), Number(options, "users", 32),
                SoakBenchmark.StandardInterval),
            "micro" => MicroBenchmarks.Run(),
            _ => await RecommendationBenchmark.RunAsync(
                Number(options, "tracks", 100_000), Number(options, "events", 1_000_000), Number(options, "requests", 2_000)),
        };
        await ResultsReport.WriteAsync(results, options.GetValueOrDefault("out"));
        return 0;
    }

    private static async Task<List<BenchResult>> ListeningAsync(Dictionary<string, string> options)
    {
        var results = new List<BenchResult>();
        foreach (var profile in ListeningProfiles(options.GetValueOrDefault("profile", "both")))
        {
            results.AddRange(await ListeningBenchmark.RunAsync(profile, Number(options, "users", 40), Seconds(options, 20), Number(options, "samples", 100)));
        }
        return results;
    }

    private static ListeningProfile[] ListeningProfiles(string name) => name switch
    {
        "embedded" => [ListeningProfile.Embedded],
        "cluster" => [ListeningProfile.Cluster],
        _ => [ListeningProfile.Embedded, ListeningProfile.Cluster],
    };

    private static bool TryReadOptions(string[] args, string[] allowed, out Dictionary<string, string> options)
    {
        options = [];
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length || !allowed.Contains(args[i][2..]))
            {
                return false;
            }
            options[args[i][2..]] = args[i + 1];
        }
        return options.GetValueOrDefault("profile", "both") is "embedded" or "cluster" or "both"
            && options.Where(option => option.Key is not ("out" or "profile"))
                .All(option => int.TryParse(option.Value, CultureInfo.InvariantCulture, out var value) && value > 0);
    }

    private static int Number(Dictionary<string, string> options, string name, int defaultValue) =>
        options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : defaultValue;

    private static TimeSpan Seconds(Dictionary<string, string> options, int defaultValue) =>
        TimeSpan.FromSeconds(Number(options, "seconds", defaultValue));
}
