using System.Globalization;
using Spotify.Benchmarks.Measurement;
using Spotify.Benchmarks.Search;

namespace Spotify.Benchmarks;

/// <summary>
/// The command line: <c>search [--tracks N] [--queries N] [--out DIR]</c> prints search latency
/// over a generated catalog and, with <c>--out</c>, writes DIR/bench-results.json and .md.
/// </summary>
public static class BenchmarkCommand
{
    private const string Usage = "usage: Spotify.Benchmarks search [--tracks 100000] [--queries 5000] [--out DIR]";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != "search" || !TryReadOptions(args[1..], out var options))
        {
            Console.Error.WriteLine(Usage);
            return 64;
        }
        var tracks = Number(options, "tracks", 100_000);
        var queries = Number(options, "queries", 5_000);
        var results = await SearchBenchmark.RunAsync(tracks, queries);
        await ResultsReport.WriteAsync(results, options.GetValueOrDefault("out"));
        return 0;
    }

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
        return options.Keys.All(key => key is "tracks" or "queries" or "out")
            && options.Where(option => option.Key != "out").All(option => int.TryParse(option.Value, CultureInfo.InvariantCulture, out var value) && value > 0);
    }

    private static int Number(Dictionary<string, string> options, string name, int defaultValue) =>
        options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : defaultValue;
}
