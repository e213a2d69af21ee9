namespace Spotify.Benchmarks.Mixed;

/// <summary>
/// Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s, as track plays fall off with
/// popularity: with s = 1 and 10,000 tracks, the top 1% gets about 40% of the draws.
/// </summary>
public sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _cumulative = new double[count];
        var total = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            total += 1 / Math.Pow(rank + 1, exponent);
            _cumulative[rank] = total;
        }
        for (var rank = 0; rank < count; rank++)
        {
            _cumulative[rank] /= total;
        }
    }

    public int Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index >= 0 ? index : ~index, _cumulative.Length - 1);
    }
}
