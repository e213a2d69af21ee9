using System.Security.Cryptography;
using Spotify.Benchmarks.Hosts;
using Spotify.Benchmarks.Measurement;
using Spotify.Media.Signing;
using Spotify.Media.Storage;

namespace Spotify.Benchmarks.Media;

/// <summary>
/// Random 256 KiB ranges of one published 32 MiB file at a fixed concurrency, served by the
/// gateway's <c>/media</c> endpoint through a signed URL (an Embedded gateway process whose blob
/// store is a local folder) and by a plain nginx serving the same file from that folder: each one's
/// MB/s and time to first byte (p50, p99), and the throughput ratio of the gateway to nginx.
/// </summary>
public static class MediaRangeBenchmark
{
    public const double TargetThroughputRatio = 0.8;

    private const int Concurrency = 16;
    private const int RangeLength = 256 * 1024;
    private const int FileLength = 32 * 1024 * 1024;
    private const string BlobPath = "tracks/4uLU6hMCjMI75M1A2tKUQC/v1/ogg/320.ogg";
    private const string Secret = "media-benchmark-signing-secret-0123456789";

    public static async Task<List<BenchResult>> RunAsync(TimeSpan duration)
    {
        var media = Directory.CreateTempSubdirectory("spotify-bench-media-");
        try
        {
            await new LocalFolderBlobStore(media.FullName).PutAsync(BlobPath, new MemoryStream(RandomNumberGenerator.GetBytes(FileLength)), "audio/ogg");
            await using var gateway = await BenchGateway.StartEmbeddedAsync(seedDemoCatalog: false, new Dictionary<string, string>
            {
                ["Spotify:Media:Directory"] = media.FullName,
                ["Spotify:Media:Signing:Secret"] = Secret,
            });
            await using var nginx = await NginxFileServer.StartAsync(media.FullName);
            var signedPath = new MediaUrlSigner(new MediaSigningOptions { Secret = Secret }, TimeProvider.System)
                .Sign(BlobPath, "benchmark", TimeSpan.FromDays(1)).Path;
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency });

            Console.WriteLine($"GET of random {RangeLength / 1024} KiB ranges of a {FileLength / (1024 * 1024)} MiB file; {Concurrency} connections, {duration.TotalSeconds:0} s each");
            var warmup = TimeSpan.FromSeconds(Math.Min(3, duration.TotalSeconds));
            var nginxUrl = new Uri(nginx.BaseAddress, BlobPath);
            var gatewayUrl = new Uri(gateway.BaseAddress, signedPath);
            await RangeLoad.RunAsync(client, nginxUrl, FileLength, RangeLength, Concurrency, warmup);
            var fromNginx = await RangeLoad.RunAsync(client, nginxUrl, FileLength, RangeLength, Concurrency, duration);
            await RangeLoad.RunAsync(client, gatewayUrl, FileLength, RangeLength, Concurrency, warmup);
            var fromGateway = await RangeLoad.RunAsync(client, gatewayUrl, FileLength, RangeLength, Concurrency, duration);
            Console.WriteLine(
                $"nginx {fromNginx.MegabytesPerSecond:N0} MB/s ({fromNginx.Errors} errors), gateway {fromGateway.MegabytesPerSecond:N0} MB/s ({fromGateway.Errors} errors); " +
                $"first byte p50/p99: nginx {fromNginx.FirstByte.Percentile(50):0.00}/{fromNginx.FirstByte.Percentile(99):0.00} ms, " +
                $"gateway {fromGateway.FirstByte.Percentile(50):0.00}/{fromGateway.FirstByte.Percentile(99):0.00} ms");

            return
            [
                new BenchResult("GET 256 KiB ranges, plain nginx from disk (ceiling)", fromNginx.MegabytesPerSecond, "MB/s"),
                new BenchResult("GET /media 256 KiB ranges through the gateway", fromGateway.MegabytesPerSecond, "MB/s"),
                new BenchResult("GET /media range throughput, gateway over nginx", fromGateway.MegabytesPerSecond / fromNginx.MegabytesPerSecond, "ratio", TargetThroughputRatio),
                new BenchResult("GET /media time to first byte, gateway: p50", fromGateway.FirstByte.Percentile(50), "ms"),
                new BenchResult("GET /media time to first byte, gateway: p99", fromGateway.FirstByte.Percentile(99), "ms"),
                new BenchResult("GET time to first byte, nginx: p50", fromNginx.FirstByte.Percentile(50), "ms"),
                new BenchResult("GET time to first byte, nginx: p99", fromNginx.FirstByte.Percentile(99), "ms"),
                new BenchResult("GET /media range errors under load", fromGateway.Errors + fromNginx.Errors, "requests"),
            ];
        }
        finally
        {
            media.Delete(recursive: true);
        }
    }
}
