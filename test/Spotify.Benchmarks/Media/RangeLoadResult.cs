using Spotify.Benchmarks.Measurement;

namespace Spotify.Benchmarks.Media;

/// <summary>What a range load saw: bytes received whole, requests, errors, over how long, and each request's time to its first body byte.</summary>
public sealed record RangeLoadResult(long Bytes, int Requests, int Errors, TimeSpan Elapsed, Latencies FirstByte)
{
    /// <summary>Decimal megabytes (10^6 bytes) a second.</summary>
    public double MegabytesPerSecond => Bytes / 1e6 / Elapsed.TotalSeconds;
}
