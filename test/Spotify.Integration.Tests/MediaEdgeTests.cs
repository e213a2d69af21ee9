using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Media;
using Spotify.Grains.Catalog.Demo;
using Spotify.Media.Signing;
using Spotify.Media.Storage;
using Spotify.Testing;

namespace Spotify.Integration.Tests;

/// <summary>
/// The real gateway behind the CDN edge: a player that talks only to the edge gets media URLs that
/// point at the edge, which fetches a file from the gateway once and then serves it from its cache,
/// and refuses tampered and expired links without asking the gateway. Each test publishes a track of its own.
/// </summary>
public sealed class MediaEdgeTests(MediaEdgeFixture fixture) : IClassFixture<MediaEdgeFixture>, IDisposable
{
    private const string Segment = "hls/64/seg_00000.m4s";
    private static readonly Grains.Catalog.CatalogBatch Demo = DemoCatalog.Build();

    private readonly HttpClient _edge = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Edge.BaseAddress };

    [Fact]
    public async Task A_segment_is_fetched_from_the_gateway_once_then_served_from_the_edge_cache()
    {
        var (trackId, segment) = await PublishAsync(0);
        var segmentUrl = await SegmentUrlAsync(trackId);

        using var first = await _edge.GetAsync(segmentUrl);
        var firstBytes = await first.Content.ReadAsByteArrayAsync();
        using var second = await _edge.GetAsync(segmentUrl);
        var secondBytes = await second.Content.ReadAsByteArrayAsync();

        Assert.StartsWith(fixture.Edge.BaseAddress + "media/", segmentUrl.ToString());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("MISS", CacheStatus(first));
        Assert.Equal(segment, firstBytes);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("HIT", CacheStatus(second));
        Assert.Equal(segment, secondBytes);
        Assert.Equal("public, max-age=31536000, immutable", second.Headers.CacheControl!.ToString());
        Assert.NotNull(second.Headers.ETag);
        Assert.Single(fixture.Gateway.Requests.PathsEndingWith($"/{trackId}/v1/{Segment}"));
    }

    [Fact]
    public async Task A_range_is_served_by_the_edge_from_the_file_it_cached()
    {
        var (trackId, segment) = await PublishAsync(1);
        var segmentUrl = await SegmentUrlAsync(trackId);

        using var miss = await GetRangeAsync(segmentUrl, 1_000, 1_999);
        using var hit = await GetRangeAsync(segmentUrl, 30_000, 39_999);

        Assert.Equal(HttpStatusCode.PartialContent, miss.StatusCode);
        Assert.Equal(segment[1_000..2_000], await miss.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.PartialContent, hit.StatusCode);
        Assert.Equal("HIT", CacheStatus(hit));
        Assert.Equal(segment[30_000..], await hit.Content.ReadAsByteArrayAsync());
        Assert.Single(fixture.Gateway.Requests.PathsEndingWith($"/{trackId}/v1/{Segment}"));
    }

    [Fact]
    public async Task A_tampered_link_is_refused_by_the_edge_and_never_reaches_the_gateway()
    {
        var (trackId, _) = await PublishAsync(2);
        var parts = (await SegmentUrlAsync(trackId)).AbsolutePath.Split('/');
        // /media/{signature}/{expires}/{userId}/...: the same link, made for someone else.
        parts[4] = "mallory";

        using var response = await _edge.GetAsync(string.Join('/', parts));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(fixture.Gateway.Requests.PathsEndingWith($"/{trackId}/v1/{Segment}"));
    }

    [Fact]
    public async Task An_expired_link_is_refused_by_the_edge_and_never_reaches_the_gateway()
    {
        var (trackId, _) = await PublishAsync(3);
        var signing = new MediaSigningOptions { Secret = MediaEdgeFixture.Secret };
        var twoHoursAgo = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-2));
        var expired = new MediaUrlSigner(signing, twoHoursAgo).Sign($"tracks/{trackId}/v1/{Segment}", "ada", TimeSpan.FromHours(1));

        using var response = await _edge.GetAsync(expired.Path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(fixture.Gateway.Requests.PathsEndingWith($"/{trackId}/v1/{Segment}"));
    }

    public void Dispose() => _edge.Dispose();

    /// <summary>A demo track's version v1: a master playlist and one segment of random bytes, published on the track.</summary>
    private async Task<(string TrackId, byte[] Segment)> PublishAsync(int index)
    {
        var trackId = Demo.Tracks[index].Id;
        var services = fixture.Gateway.Services;
        var store = services.GetRequiredService<IBlobStore>();
        var segment = RandomNumberGenerator.GetBytes(40_000);
        await store.PutAsync($"tracks/{trackId}/v1/{Segment}", new MemoryStream(segment), "audio/mp4");
        await store.PutAsync($"tracks/{trackId}/v1/hls/master.m3u8", new MemoryStream("#EXTM3U\n"u8.ToArray()), "application/vnd.apple.mpegurl");
        var track = services.GetRequiredService<IGrainFactory>().GetGrain<ITrackGrain>(trackId);
        await track.GetOrCreateContentKeyAsync();
        await track.PublishAudioAsync(new TrackAudio(
            "v1", 6_000, -14, -1, [], $"tracks/{trackId}/v1/hls/master.m3u8", DateTimeOffset.UtcNow));
        return (trackId, segment);
    }

    /// <summary>Signs a user in and asks for playback through the edge; the segment's URL is relative to the master playlist's.</summary>
    private async Task<Uri> SegmentUrlAsync(string trackId)
    {
        using var player = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Edge.BaseAddress };
        player.WithToken(await OAuthFlows.NewUserTokenAsync(player, "streaming"));
        using var response = await player.GetAsync($"/v1/tracks/{trackId}/playback");
        response.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new Uri(new Uri(json.RootElement.GetProperty("hls").GetString()!), "64/seg_00000.m4s");
    }

    private Task<HttpResponseMessage> GetRangeAsync(Uri url, long from, long to)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(from, to);
        return _edge.SendAsync(request);
    }

    private static string? CacheStatus(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Cache-Status", out var values) ? values.Single() : null;
}
