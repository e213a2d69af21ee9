using System.Diagnostics;
using Spotify.Benchmarks.Measurement;

namespace Spotify.Benchmarks.Load;

/// <summary>
/// Maximum load: each of <c>concurrency</c> workers sends its next request as soon as the last
/// one is answered, for the whole duration. The throughput it reaches is the system's capacity.
/// </summary>
public static class ClosedLoopLoad
{
    /// <param name="send">Sends one request; true when it succeeded.</param>
    public static async Task<LoadResult> RunAsync(Func<int, Task<bool>> send, int concurrency, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var workers = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var latencies = new Latencies();
            var errors = 0;
            for (var n = worker; clock.Elapsed < duration; n += concurrency)
            {
                var started = Stopwatch.GetTimestamp();
                var succeeded = await send(n);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                errors += succeeded ? 0 : 1;
            }
            return (Latencies: latencies, Errors: errors);
        }));
        var merged = Latencies.Merge(workers.Select(worker => worker.Latencies));
        return new LoadResult(merged.Count, workers.Sum(worker => worker.Errors), clock.Elapsed, merged);
    }
}
