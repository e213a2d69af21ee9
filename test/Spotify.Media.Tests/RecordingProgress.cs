namespace Spotify.Media.Tests;

/// <summary>Keeps every value reported, synchronously (unlike <see cref="Progress{T}"/>, which posts them).</summary>
internal sealed class RecordingProgress : IProgress<double>
{
    private readonly List<double> _values = [];

    public IReadOnlyList<double> Values
    {
        get
        {
            lock (_values)
            {
                return [.. _values];
            }
        }
    }

    public void Report(double value)
    {
        lock (_values)
        {
            _values.Add(value);
        }
    }
}
