using System.Text.Json.Serialization;

namespace Spotify.Benchmarks.Measurement;

/// <summary>
/// One figure of a run. <see cref="Ceiling"/> is the target it is judged against, when there is
/// one; <see cref="Ratio"/> is value over ceiling, so a latency meets its target below 1 and a
/// throughput at 1 or above.
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
