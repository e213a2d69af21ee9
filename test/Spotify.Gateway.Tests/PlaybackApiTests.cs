using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Media;
using Spotify.Grains.Catalog.Demo;

namespace Spotify.Gateway.Tests;

/// <summary>The content key of a track's encrypted audio goes only to a user's token with <c>streaming</c>.</summary>
public sealed class PlaybackApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private static readonly Grains.Catalog.CatalogBatch Demo = DemoCatalog.Build();

    private async Task<(string TrackId, byte[] Key)> PublishedTrackAsync(int index)
    {
        var trackId = Demo.Tracks[index].Id;
        var track = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ITrackGrain>(trackId);
        var key = await track.GetOrCreateContentKeyAsync();
        await track.PublishAudioAsync(new TrackAudio(
            "v1", 20_000, -14, -1, [new AudioRendition("vorbis", 160, $"tracks/{trackId}/v1/ogg/160.ogg", 1000, "00000000000000000000000000000000")],
            $"tracks/{trackId}/v1/hls/master.m3u8", DateTimeOffset.UtcNow));
        return (trackId, [.. key]);
    }

    [Fact]
    public async Task A_user_with_the_streaming_scope_gets_the_16_byte_key_never_cached()
    {
        var (trackId, key) = await PublishedTrackAsync(20);
        var client = await factory.CreateUserClientAsync("streaming");

        var response = await client.GetAsync($"/v1/tracks/{trackId}/key");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(key, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.True(response.Headers.CacheControl.Private);
    }

    [Fact]
    public async Task The_key_needs_a_token_and_the_streaming_scope_of_a_user()
    {
        var (trackId, _) = await PublishedTrackAsync(21);

        var anonymous = await factory.CreateAnonymousClient().GetAsync($"/v1/tracks/{trackId}/key");
        var withoutScope = await (await factory.CreateUserClientAsync("user-read-private")).GetAsync($"/v1/tracks/{trackId}/key");
        var service = await (await factory.CreateClientWithTokenAsync()).GetAsync($"/v1/tracks/{trackId}/key");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withoutScope.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, service.StatusCode);
    }

    [Fact]
    public async Task A_track_without_audio_or_a_bad_id_has_no_key()
    {
        var client = await factory.CreateUserClientAsync("streaming");

        var noAudio = await client.GetAsync($"/v1/tracks/{Demo.Tracks[22].Id}/key");
        var badId = await client.GetAsync("/v1/tracks/not-an-id/key");

        Assert.Equal(HttpStatusCode.NotFound, noAudio.StatusCode);
        Assert.Contains("No published audio", (await noAudio.ReadJsonAsync(HttpStatusCode.NotFound)).GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
    }
}
