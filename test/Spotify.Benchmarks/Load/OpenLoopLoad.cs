using System.Diagnostics;
using Spotify.Benchmarks.Measurement;

namespace Spotify.Benchmarks.Load;

/// <summary>
/// Load at a fixed rate: requests are sent on schedule whether or not earlier ones were answered,
/// as independent users would send them, and each latency counts from when the request was due,
/// so a stall shows in the figures instead of slowing the sender down (no coordinated omission).
/// </summary>
public static class OpenLoopLoad
{
    /// <param name="send">Sends one request; true when it succeeded.</param>
    public static async Task<LoadResult> RunAsync(Func<int, Task<bool>> send, double requestsPerSecond, TimeSpan duration)
    {
        var total = (int)(requestsPerSecond * duration.TotalSeconds);
        var interval = TimeSpan.FromSeconds(1 / requestsPerSecond);
        var clock = Stopwatch.StartNew();
        var sent = new List<Task<(double Milliseconds, bool Succeeded)>>(total);
        for (var n = 0; n < total; n++)
        {
            var due = interval * n;
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
            sent.Add(SendAsync(send, n, clock, due));
        }
        var outcomes = await Task.WhenAll(sent);
        var latencies = new Latencies();
        foreach (var outcome in outcomes)
        {
            latencies.Add(outcome.Milliseconds);
        }
        return new LoadResult(outcomes.Length, outcomes.Count(outcome => !outcome.Succeeded), clock.Elapsed, latencies);
    }

    private static async Task<(double Milliseconds, bool Succeeded)> SendAsync(Func<int, Task<bool>> send, int n, Stopwatch clock, TimeSpan due)
    {
        // Yield first, so that a request that completes synchronously does not hold up the schedule.
        await Task.Yield();
        var succeeded = await send(n);
        return ((clock.Elapsed - due).TotalMilliseconds, succeeded);
    }
}
