using System.Collections.Concurrent;
using Spotify.Benchmarks.Measurement;

namespace Spotify.Benchmarks.Mixed;

/// <summary>Latencies and errors per endpoint, recorded from many sessions at once.</summary>
public sealed class EndpointStats
{
    private readonly ConcurrentDictionary<string, (Latencies Latencies, int[] Errors)> _byEndpoint = new();

    public void Record(string endpoint, double milliseconds, bool succeeded)
    {
        var (latencies, errors) = _byEndpoint.GetOrAdd(endpoint, _ => (new Latencies(), new int[1]));
        lock (latencies)
        {
            latencies.Add(milliseconds);
            errors[0] += succeeded ? 0 : 1;
        }
    }

    public IEnumerable<(string Endpoint, Latencies Latencies, int Errors)> All =>
        _byEndpoint.OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .Select(entry => (entry.Key, entry.Value.Latencies, entry.Value.Errors[0]));
}
