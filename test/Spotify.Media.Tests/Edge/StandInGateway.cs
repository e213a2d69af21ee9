using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using Spotify.Media.Signing;

namespace Spotify.Media.Tests.Edge;

/// <summary>
/// What the edge needs of a gateway, on Kestrel on a free loopback port: media files behind signed
/// paths with long-lived cache headers and ETags, and one uncached API endpoint. Records what reaches it.
/// </summary>
internal sealed class StandInGateway : IAsyncDisposable
{
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    private readonly ConcurrentDictionary<string, byte[]> _files = new();
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly MediaUrlValidator _validator;
    private readonly WebApplication _app;

    private StandInGateway(MediaUrlValidator validator)
    {
        _validator = validator;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/media/{**file}", ServeMedia);
        _app.MapGet("/v1/ping", (HttpContext context) =>
        {
            Record(context);
            return TypedResults.Text("pong");
        });
    }

    /// <summary>host:port, as nginx's upstream wants it.</summary>
    public string Address => new Uri(_app.Urls.Single()).Authority;

    public static async Task<StandInGateway> StartAsync(MediaUrlValidator validator)
    {
        var gateway = new StandInGateway(validator);
        await gateway._app.StartAsync();
        return gateway;
    }

    public void Publish(string blobPath, byte[] content) => _files[blobPath] = content;

    /// <summary>The requests whose path ends with <paramref name="suffix"/>.</summary>
    public IReadOnlyList<ReceivedRequest> RequestsEndingWith(string suffix) =>
        _requests.Where(request => request.Path.EndsWith(suffix, StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IResult ServeMedia(HttpContext context)
    {
        Record(context);
        var validation = _validator.Validate(context.Request.Path.Value!);
        if (!validation.IsValid)
        {
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }
        if (!_files.TryGetValue(validation.Grant.BlobPath, out var content))
        {
            return TypedResults.NotFound();
        }
        context.Response.Headers.CacheControl = ImmutableCacheControl;
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexString(SHA256.HashData(content))[..16]}\"");
        return TypedResults.Bytes(content, "audio/mp4", entityTag: etag, enableRangeProcessing: true);
    }

    private void Record(HttpContext context)
    {
        var range = context.Request.Headers.Range;
        _requests.Enqueue(new ReceivedRequest(context.Request.Path.Value!, range.Count == 0 ? null : range.ToString()));
    }
}
