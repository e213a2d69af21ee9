using System.Text.Json.Serialization;

namespace Spotify.Benchmarks.Measurement;

/// <summary>
/// One figure of a run. <see cref="Ceiling"/> is the target it is judged against, when there is
/// one; <see cref="Ratio"/> is value over ceiling, so for a latency below 1 meets the target.
/// </summary>
public sealed record BenchResult(
    string Name,
    double Value,
    string Unit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Ceiling = null)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Ratio => Ceiling is { } ceiling ? Math.Round(Value / ceiling, 3) : null;
}
