using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Spotify.Benchmarks.Load;
using Spotify.Benchmarks.Measurement;

namespace Spotify.Benchmarks.Media;

/// <summary>
/// Closed-loop random byte ranges of one file (<see cref="ClosedLoopLoad"/>): each worker asks for
/// a range at a random offset as soon as its last one has arrived. A request counts when it is a
/// 206 with exactly the bytes asked for.
/// </summary>
public static class RangeLoad
{
    private const int ReadBufferSize = 64 * 1024;

    public static async Task<RangeLoadResult> RunAsync(
        HttpClient client, Uri url, long fileLength, int rangeLength, int concurrency, TimeSpan duration)
    {
        var firstBytes = new ConcurrentQueue<double>();
        long bytes = 0;
        async Task<bool> FetchAsync(int n)
        {
            var offset = Random.Shared.NextInt64(fileLength - rangeLength + 1);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Range = new RangeHeaderValue(offset, offset + rangeLength - 1);
            var started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = ArrayPool<byte>.Shared.Rent(ReadBufferSize);
            try
            {
                var received = await body.ReadAsync(buffer);
                firstBytes.Enqueue(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                for (var read = received; read > 0; received += read)
                {
                    read = await body.ReadAsync(buffer);
                }
                var whole = response.StatusCode == HttpStatusCode.PartialContent && received == rangeLength;
                if (whole)
                {
                    Interlocked.Add(ref bytes, received);
                }
                return whole;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        var load = await ClosedLoopLoad.RunAsync(FetchAsync, concurrency, duration);
        var latencies = new Latencies();
        foreach (var milliseconds in firstBytes)
        {
            latencies.Add(milliseconds);
        }
        return new RangeLoadResult(bytes, load.Requests, load.Errors, load.Elapsed, latencies);
    }
}
