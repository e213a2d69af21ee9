using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using Spotify.Media.Signing;

namespace Spotify.Media.Tests.Edge;

/// <summary>
/// The CDN edge config checks signatures itself, caches media by blob path and serves ranges.
/// Each test uses files of its own, so the shared cache does not tie the tests together.
/// </summary>
public sealed class NginxEdgeTests(EdgeFixture fixture) : IClassFixture<EdgeFixture>, IDisposable
{
    private const string TrackId = "4uLU6hMCjMI75M1A2tKUQC";
    private const string Version = "v7";

    private readonly HttpClient _client = new() { BaseAddress = fixture.Edge.BaseAddress };
    private readonly MediaUrlSigner _signer = new(fixture.Options, TimeProvider.System);

    [Fact]
    public async Task Signed_segment_is_fetched_from_the_gateway_once_then_served_from_the_cache()
    {
        var (blob, content) = Publish("seg_cached.m4s", 40_000);
        var path = _signer.Sign(blob, "ada").Path;

        using var first = await _client.GetAsync(path);
        var firstBytes = await first.Content.ReadAsByteArrayAsync();
        using var second = await _client.GetAsync(path);
        var secondBytes = await second.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(content, firstBytes);
        Assert.Equal("MISS", CacheStatus(first));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(content, secondBytes);
        Assert.Equal("HIT", CacheStatus(second));
        Assert.Equal(StandInGateway.ImmutableCacheControl, second.Headers.CacheControl?.ToString());
        Assert.NotNull(second.Headers.ETag);
        Assert.Single(fixture.Gateway.RequestsEndingWith("/seg_cached.m4s"));
    }

    [Fact]
    public async Task Another_users_link_to_the_same_file_is_served_from_the_same_cache_entry()
    {
        var (blob, content) = Publish("seg_shared.m4s", 10_000);
        using var ada = await _client.GetAsync(_signer.Sign(blob, "ada").Path);
        await ada.Content.ReadAsByteArrayAsync();

        using var bob = await _client.GetAsync(_signer.Sign(blob, "bob").Path);

        Assert.Equal(HttpStatusCode.OK, bob.StatusCode);
        Assert.Equal("HIT", CacheStatus(bob));
        Assert.Equal(content, await bob.Content.ReadAsByteArrayAsync());
        Assert.Single(fixture.Gateway.RequestsEndingWith("/seg_shared.m4s"));
    }

    [Theory]
    [InlineData(2, "AAAAAAAAAAAAAAAAAAAAAA")] // signature
    [InlineData(3, "4102444800")]             // expiry, moved to 2100
    [InlineData(4, "mallory")]                // user
    [InlineData(5, "0000000000000000000000")] // track
    [InlineData(6, "v8")]                     // version
    public async Task Tampered_link_is_refused_by_the_edge_without_reaching_the_gateway(int part, string replacement)
    {
        var file = $"seg_tampered_{part}.m4s";
        var (blob, _) = Publish(file, 1000);
        var parts = _signer.Sign(blob, "ada").Path.Split('/');
        parts[part] = replacement;

        using var response = await _client.GetAsync(string.Join('/', parts));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(fixture.Gateway.RequestsEndingWith("/" + file));
    }

    [Fact]
    public async Task Expired_link_is_refused_by_the_edge_without_reaching_the_gateway()
    {
        var (blob, _) = Publish("seg_expired.m4s", 1000);
        var twoHoursAgo = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-2));
        var expired = new MediaUrlSigner(fixture.Options, twoHoursAgo).Sign(blob, "ada", TimeSpan.FromHours(1));

        using var response = await _client.GetAsync(expired.Path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(fixture.Gateway.RequestsEndingWith("/seg_expired.m4s"));
    }

    [Fact]
    public async Task Dot_segments_cannot_move_a_link_to_another_version()
    {
        var (blob, _) = Publish("seg_escape.m4s", 1000);
        var signed = _signer.Sign(blob, "ada").Path;
        var escaping = signed.Replace($"/{Version}/hls/", $"/{Version}/../v1/hls/", StringComparison.Ordinal);
        var raw = new Uri(fixture.Edge.BaseAddress + escaping.TrimStart('/'), new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });

        using var response = await _client.GetAsync(raw);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(fixture.Gateway.RequestsEndingWith("/seg_escape.m4s"));
    }

    [Theory]
    [InlineData("/media/")]
    [InlineData("/media/not-a-signed-path")]
    [InlineData("/media/AAAAAAAAAAAAAAAAAAAAAA/4102444800/ada/track/v1")]
    public async Task Media_path_that_is_not_signed_is_refused_by_the_edge(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Range_request_gets_206_with_those_bytes_and_the_whole_file_is_cached()
    {
        var (blob, content) = Publish("seg_ranged.m4s", 100_000);
        var path = _signer.Sign(blob, "ada").Path;

        using var miss = await GetRangeAsync(path, 1000, 1999);
        using var hit = await GetRangeAsync(path, 99_000, 99_999);

        Assert.Equal(HttpStatusCode.PartialContent, miss.StatusCode);
        Assert.Equal(content[1000..2000], await miss.Content.ReadAsByteArrayAsync());
        Assert.Equal(new ContentRangeHeaderValue(1000, 1999, content.Length), miss.Content.Headers.ContentRange);
        Assert.Equal(HttpStatusCode.PartialContent, hit.StatusCode);
        Assert.Equal("HIT", CacheStatus(hit));
        Assert.Equal(content[99_000..], await hit.Content.ReadAsByteArrayAsync());
        var reachedGateway = Assert.Single(fixture.Gateway.RequestsEndingWith("/seg_ranged.m4s"));
        Assert.Null(reachedGateway.Range);
    }

    [Fact]
    public async Task Api_requests_pass_through_uncached()
    {
        using var first = await _client.GetAsync("/v1/ping");
        using var second = await _client.GetAsync("/v1/ping");

        Assert.Equal("pong", await first.Content.ReadAsStringAsync());
        Assert.Equal("pong", await second.Content.ReadAsStringAsync());
        Assert.False(second.Headers.Contains("X-Cache-Status"));
        Assert.Equal(2, fixture.Gateway.RequestsEndingWith("/v1/ping").Count);
    }

    public void Dispose() => _client.Dispose();

    private (string Blob, byte[] Content) Publish(string file, int length)
    {
        var blob = $"tracks/{TrackId}/{Version}/hls/64/{file}";
        var content = RandomNumberGenerator.GetBytes(length);
        fixture.Gateway.Publish(blob, content);
        return (blob, content);
    }

    private Task<HttpResponseMessage> GetRangeAsync(string path, long from, long to)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Range = new RangeHeaderValue(from, to);
        return _client.SendAsync(request);
    }

    private static string? CacheStatus(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Cache-Status", out var values) ? values.Single() : null;
}
