using System.Globalization;
using Spotify.Benchmarks.Listening;
using Spotify.Benchmarks.Measurement;
using Spotify.Benchmarks.Search;

namespace Spotify.Benchmarks;

/// <summary>
/// The command line. <c>search [--tracks N] [--queries N] [--out DIR]</c> prints search latency
/// over a generated catalog; <c>listening [--profile embedded|cluster|both] [--users N] [--seconds N]
/// [--samples N] [--out DIR]</c> prints listening-event throughput and play-to-recommendation
/// latency. With <c>--out</c> each writes DIR/bench-results.json and .md.
/// </summary>
public static class BenchmarkCommand
{
    private const string Usage =
        "usage: Spotify.Benchmarks search [--tracks 100000] [--queries 5000] [--out DIR]\n" +
        "       Spotify.Benchmarks listening [--profile embedded|cluster|both] [--users 40] [--seconds 20] [--samples 100] [--out DIR]";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("search" or "listening") || !TryReadOptions(args[1..], out var options))
        {
            Console.Error.WriteLine(Usage);
            return 64;
        }
        var results = args[0] == "search"
            ? await SearchBenchmark.RunAsync(Number(options, "tracks", 100_000), Number(options, "queries", 5_000))
            : await ListeningAsync(options);
        await ResultsReport.WriteAsync(results, options.GetValueOrDefault("out"));
        return 0;
    }

    private static async Task<List<BenchResult>> ListeningAsync(Dictionary<string, string> options)
    {
        var results = new List<BenchResult>();
        foreach (var profile in ListeningProfiles(options.GetValueOrDefault("profile", "both")))
        {
            results.AddRange(await ListeningBenchmark.RunAsync(
                profile, Number(options, "users", 40), TimeSpan.FromSeconds(Number(options, "seconds", 20)), Number(options, "samples", 100)));
        }
        return results;
    }

    private static ListeningProfile[] ListeningProfiles(string name) => name switch
    {
        "embedded" => [ListeningProfile.Embedded],
        "cluster" => [ListeningProfile.Cluster],
        _ => [ListeningProfile.Embedded, ListeningProfile.Cluster],
    };

    private static bool TryReadOptions(string[] args, out Dictionary<string, string> options)
    {
        options = [];
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                return false;
            }
            options[args[i][2..]] = args[i + 1];
        }
        return options.Keys.All(key => key is "tracks" or "queries" or "users" or "seconds" or "samples" or "profile" or "out")
            && options.GetValueOrDefault("profile", "both") is "embedded" or "cluster" or "both"
            && options.Where(option => option.Key is not ("out" or "profile"))
                .All(option => int.TryParse(option.Value, CultureInfo.InvariantCulture, out var value) && value > 0);
    }

    private static int Number(Dictionary<string, string> options, string name, int defaultValue) =>
        options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : defaultValue;
}
