using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Spotify.Benchmarks.Measurement;

/// <summary>Prints the figures as a markdown table and, given a folder, writes them as JSON and markdown.</summary>
public static class ResultsReport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static async Task WriteAsync(IReadOnlyList<BenchResult> results, string? outputDirectory)
    {
        var table = Table(results);
        Console.WriteLine();
        Console.WriteLine(table);
        if (outputDirectory is null)
        {
            return;
        }
        Directory.CreateDirectory(outputDirectory);
        await File.WriteAllTextAsync(Path.Combine(outputDirectory, "bench-results.json"), JsonSerializer.Serialize(results, Json));
        await File.WriteAllTextAsync(Path.Combine(outputDirectory, "bench-results.md"), table);
        Console.WriteLine($"Wrote {Path.Combine(outputDirectory, "bench-results.json")} and bench-results.md");
    }

    private static string Table(IReadOnlyList<BenchResult> results)
    {
        var table = new StringBuilder();
        table.AppendLine("| benchmark | value | unit | target | ratio |");
        table.AppendLine("| --- | ---: | --- | ---: | ---: |");
        foreach (var result in results)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {result.Name} | {result.Value:0.###} | {result.Unit} | {result.Ceiling?.ToString("0.###", CultureInfo.InvariantCulture) ?? ""} | {result.Ratio?.ToString("0.###", CultureInfo.InvariantCulture) ?? ""} |");
        }
        return table.ToString();
    }
}
