using Spotify.Benchmarks.Measurement;

namespace Spotify.Benchmarks.Load;

/// <summary>What a load run saw: requests answered, how many were errors, over how long, and each one's latency.</summary>
public sealed record LoadResult(int Requests, int Errors, TimeSpan Elapsed, Latencies Latencies)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;
}
