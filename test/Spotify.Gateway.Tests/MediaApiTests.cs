using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Spotify.Media.Signing;
using Spotify.Media.Storage;

namespace Spotify.Gateway.Tests;

/// <summary>
/// <c>/media/...</c>: files of the gateway's blob store behind signed URLs, with byte ranges,
/// validators and cache headers for the CDN edge. Each test publishes files of its own.
/// </summary>
public sealed class MediaApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const int FileLength = 100_000;
    private const string TrackId = "4uLU6hMCjMI75M1A2tKUQC";

    private readonly HttpClient _client = factory.CreateAnonymousClient();

    [Fact]
    public async Task A_signed_url_gets_the_whole_file_with_validators_and_immutable_cache_headers()
    {
        var (path, content, blob) = await PublishAsync("whole.ogg", "audio/ogg");

        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("audio/ogg", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(FileLength, response.Content.Headers.ContentLength);
        Assert.Equal(["bytes"], response.Headers.AcceptRanges);
        Assert.Equal(blob.ETag, response.Headers.ETag!.ToString());
        Assert.Equal(blob.LastModified.ToUnixTimeSeconds(), response.Content.Headers.LastModified!.Value.ToUnixTimeSeconds());
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
    }

    [Theory]
    [InlineData("bytes=0-1023", 0, 1024)]
    [InlineData("bytes=40000-49999", 40_000, 10_000)]
    [InlineData("bytes=-700", FileLength - 700, 700)]
    [InlineData("bytes=99000-", 99_000, 1000)]
    [InlineData("bytes=99900-500000", 99_900, 100)]
    public async Task A_range_gets_206_with_exactly_those_bytes_of_the_file(string range, int offset, int length)
    {
        var (path, content, _) = await PublishAsync($"range-{offset}-{length}.m4s", "audio/mp4");

        using var response = await SendAsync(HttpMethod.Get, path, ("Range", range));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(content.AsSpan(offset, length).ToArray(), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(new ContentRangeHeaderValue(offset, offset + length - 1, FileLength), response.Content.Headers.ContentRange);
        Assert.Equal(length, response.Content.Headers.ContentLength);
        Assert.Equal("audio/mp4", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task A_range_past_the_end_is_416_with_the_file_length()
    {
        var (path, _, _) = await PublishAsync("past-end.ogg", "audio/ogg");

        using var response = await SendAsync(HttpMethod.Get, path, ("Range", $"bytes={FileLength}-"));

        var message = await response.AssertErrorAsync(HttpStatusCode.RequestedRangeNotSatisfiable);
        Assert.Contains($"{FileLength} bytes", message);
        Assert.Equal($"bytes */{FileLength}", response.Content.Headers.GetValues("Content-Range").Single());
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task Several_ranges_get_the_whole_file()
    {
        var (path, content, _) = await PublishAsync("multi-range.ogg", "audio/ogg");

        using var response = await SendAsync(HttpMethod.Get, path, ("Range", "bytes=0-9,500-599"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task If_none_match_with_the_etag_is_304_without_a_body()
    {
        var (path, _, blob) = await PublishAsync("revalidated.m4s", "audio/mp4");

        using var current = await SendAsync(HttpMethod.Get, path, ("If-None-Match", blob.ETag));
        using var stale = await SendAsync(HttpMethod.Get, path, ("If-None-Match", "\"an-older-version\""));

        Assert.Equal(HttpStatusCode.NotModified, current.StatusCode);
        Assert.Empty(await current.Content.ReadAsByteArrayAsync());
        Assert.Equal(blob.ETag, current.Headers.ETag!.ToString());
        Assert.Equal("public, max-age=31536000, immutable", current.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(FileLength, (await stale.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task If_range_with_the_etag_keeps_the_range_and_with_another_gets_the_whole_file()
    {
        var (path, content, blob) = await PublishAsync("if-range.ogg", "audio/ogg");

        using var same = await SendAsync(HttpMethod.Get, path, ("Range", "bytes=100-199"), ("If-Range", blob.ETag));
        using var changed = await SendAsync(HttpMethod.Get, path, ("Range", "bytes=100-199"), ("If-Range", "\"an-older-version\""));

        Assert.Equal(HttpStatusCode.PartialContent, same.StatusCode);
        Assert.Equal(content[100..200], await same.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(content, await changed.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_gives_the_headers_of_the_file_or_range_without_the_bytes()
    {
        var (path, _, blob) = await PublishAsync("head.ogg", "audio/ogg");

        using var whole = await SendAsync(HttpMethod.Head, path);
        using var range = await SendAsync(HttpMethod.Head, path, ("Range", "bytes=10-19"));

        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(FileLength, whole.Content.Headers.ContentLength);
        Assert.Equal(blob.ETag, whole.Headers.ETag!.ToString());
        Assert.Empty(await whole.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.PartialContent, range.StatusCode);
        Assert.Equal(new ContentRangeHeaderValue(10, 19, FileLength), range.Content.Headers.ContentRange);
        Assert.Equal(10, range.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData(2, "AAAAAAAAAAAAAAAAAAAAAA")] // signature
    [InlineData(3, "4102444800")]             // expiry, moved to 2100
    [InlineData(4, "mallory")]                // user
    [InlineData(6, "v2")]                     // version
    public async Task A_tampered_url_is_403_for_its_signature(int part, string replacement)
    {
        var (path, _, _) = await PublishAsync($"tampered-{part}.ogg", "audio/ogg");
        var parts = path.Split('/');
        parts[part] = replacement;

        using var response = await _client.GetAsync(string.Join('/', parts));

        Assert.Equal("The media URL's signature is not valid", await response.AssertErrorAsync(HttpStatusCode.Forbidden));
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task An_expired_url_is_403_saying_so()
    {
        var (path, _, _) = await PublishAsync("expired.ogg", "audio/ogg");
        var twoHoursAgo = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-2));
        var expired = new MediaUrlSigner(SigningOptions, twoHoursAgo).Sign(BlobOf(path), "ada", TimeSpan.FromHours(1));

        using var response = await _client.GetAsync(expired.Path);

        Assert.Contains("expired", await response.AssertErrorAsync(HttpStatusCode.Forbidden));
    }

    [Theory]
    [InlineData("/media/")]
    [InlineData("/media/not-signed.ogg")]
    [InlineData("/media/AAAAAAAAAAAAAAAAAAAAAA/4102444800/ada/track/v1")]
    public async Task A_path_that_is_not_a_signed_url_is_403(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal("Not a signed media URL", await response.AssertErrorAsync(HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task A_signed_url_to_a_missing_file_is_404()
    {
        var path = Signer.Sign($"tracks/{TrackId}/v1/hls/64/seg_99999.m4s", "ada").Path;

        using var response = await _client.GetAsync(path);

        await response.AssertErrorAsync(HttpStatusCode.NotFound);
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task A_file_is_served_as_soon_as_it_is_uploaded_after_a_404()
    {
        var blobPath = $"tracks/{TrackId}/v1/hls/64/seg_late.m4s";
        var path = Signer.Sign(blobPath, "ada").Path;
        using var before = await _client.GetAsync(path);
        await factory.Services.GetRequiredService<IBlobStore>().PutAsync(blobPath, new MemoryStream([1, 2, 3]), "audio/mp4");

        using var after = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal([1, 2, 3], await after.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Media_is_not_counted_against_the_api_rate_limit()
    {
        await using var limited = new LimitedGatewayFactory();
        var client = limited.CreateAnonymousClient();
        var store = limited.Services.GetRequiredService<IBlobStore>();
        var blob = $"tracks/{TrackId}/v1/ogg/96.ogg";
        await store.PutAsync(blob, new MemoryStream(RandomNumberGenerator.GetBytes(1000)), "audio/ogg");
        var path = limited.Services.GetRequiredService<MediaUrlSigner>().Sign(blob, "ada").Path;

        var media = new List<HttpStatusCode>();
        for (var request = 0; request < 5; request++)
        {
            using var response = await client.GetAsync(path);
            media.Add(response.StatusCode);
        }
        var api = new List<HttpStatusCode>();
        for (var request = 0; request < 3; request++)
        {
            using var response = await client.GetAsync("/v1/tracks/0000000000000000000000");
            api.Add(response.StatusCode);
        }

        Assert.All(media, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], api);
    }

    private MediaUrlSigner Signer => factory.Services.GetRequiredService<MediaUrlSigner>();

    private MediaSigningOptions SigningOptions => factory.Services.GetRequiredService<IOptions<MediaSigningOptions>>().Value;

    private async Task<(string Path, byte[] Content, StoredBlob Blob)> PublishAsync(string file, string contentType)
    {
        var blobPath = $"tracks/{TrackId}/v1/{file}";
        var content = RandomNumberGenerator.GetBytes(FileLength);
        var blob = await factory.Services.GetRequiredService<IBlobStore>().PutAsync(blobPath, new MemoryStream(content), contentType);
        return (Signer.Sign(blobPath, "ada").Path, content, blob);
    }

    /// <summary>The blob a signed path names: what follows <c>/media/{signature}/{expires}/{user}/</c>.</summary>
    private static string BlobOf(string signedPath) => "tracks/" + string.Join('/', signedPath.Split('/')[5..]);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, path);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return await _client.SendAsync(request);
    }

    /// <summary>A gateway that lets an address make two API requests a window.</summary>
    private sealed class LimitedGatewayFactory() : EmbeddedGatewayFactory(new Dictionary<string, string>
    {
        ["Spotify:RateLimits:PerAnonymousAddress"] = "2",
    });
}
