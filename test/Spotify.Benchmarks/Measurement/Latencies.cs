using System.Diagnostics;

namespace Spotify.Benchmarks.Measurement;

/// <summary>Latencies of one measured operation, in milliseconds.</summary>
public sealed class Latencies
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public void Add(double milliseconds) => _milliseconds.Add(milliseconds);

    public static Latencies Merge(IEnumerable<Latencies> parts)
    {
        var merged = new Latencies();
        foreach (var part in parts)
        {
            merged._milliseconds.AddRange(part._milliseconds);
        }
        return merged;
    }

    public async Task<T> MeasureAsync<T>(Func<Task<T>> operation)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await operation();
        _milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    /// <summary>The nearest-rank percentile, <paramref name="percent"/> from 0 to 100.</summary>
    public double Percentile(double percent)
    {
        if (_milliseconds.Count == 0)
        {
            throw new InvalidOperationException("Nothing was measured.");
        }
        var sorted = _milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public double Max => _milliseconds.Max();
}
