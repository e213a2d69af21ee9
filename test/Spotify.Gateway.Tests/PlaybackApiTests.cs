using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Media;
using Spotify.Grains.Catalog.Demo;
using Spotify.Media.Storage;

namespace Spotify.Gateway.Tests;

/// <summary>
/// Playback of a track's encrypted audio: signed media URLs and the content key, both only for a
/// user's token with <c>streaming</c>.
/// </summary>
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

    /// <summary>A published version whose files are in the blob store: two Ogg renditions (320 listed first) and a master playlist.</summary>
    private async Task<(string TrackId, Dictionary<string, byte[]> Files)> PublishedTrackWithFilesAsync(int index)
    {
        var trackId = Demo.Tracks[index].Id;
        var store = factory.Services.GetRequiredService<IBlobStore>();
        var files = new Dictionary<string, byte[]>
        {
            [$"tracks/{trackId}/v3/ogg/320.ogg"] = RandomNumberGenerator.GetBytes(3200),
            [$"tracks/{trackId}/v3/ogg/96.ogg"] = RandomNumberGenerator.GetBytes(960),
            [$"tracks/{trackId}/v3/hls/master.m3u8"] = "#EXTM3U\n"u8.ToArray(),
        };
        foreach (var (path, content) in files)
        {
            await store.PutAsync(path, new MemoryStream(content), path.EndsWith(".ogg", StringComparison.Ordinal) ? "audio/ogg" : "application/vnd.apple.mpegurl");
        }
        var track = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ITrackGrain>(trackId);
        await track.GetOrCreateContentKeyAsync();
        await track.PublishAudioAsync(new TrackAudio(
            "v3", 183_500, -9.5, -0.8,
            [
                new AudioRendition("vorbis", 320, $"tracks/{trackId}/v3/ogg/320.ogg", 3200, "000102030405060708090a0b0c0d0e0f"),
                new AudioRendition("vorbis", 96, $"tracks/{trackId}/v3/ogg/96.ogg", 960, "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"),
            ],
            $"tracks/{trackId}/v3/hls/master.m3u8", DateTimeOffset.UtcNow));
        return (trackId, files);
    }

    [Fact]
    public async Task Playback_gives_signed_absolute_urls_bound_to_the_user_never_cached()
    {
        var (trackId, _) = await PublishedTrackWithFilesAsync(23);
        var client = await factory.CreateUserClientAsync("streaming");
        var before = DateTimeOffset.UtcNow;

        using var response = await client.GetAsync($"/v1/tracks/{trackId}/playback");
        var json = await response.ReadJsonAsync();

        JsonAssertions.AssertKeys(json, "id", "uri", "duration_ms", "loudness", "renditions", "hls", "key", "expires_at");
        Assert.Equal(trackId, json.GetProperty("id").GetString());
        Assert.Equal($"spotify:track:{trackId}", json.GetProperty("uri").GetString());
        Assert.Equal(183_500, json.GetProperty("duration_ms").GetInt32());
        Assert.Equal(-9.5, json.GetProperty("loudness").GetProperty("integrated_lufs").GetDouble());
        Assert.Equal(-0.8, json.GetProperty("loudness").GetProperty("true_peak_db").GetDouble());
        var renditions = json.GetProperty("renditions").EnumerateArray().ToList();
        Assert.Equal([96, 320], renditions.Select(rendition => rendition.GetProperty("bitrate_kbps").GetInt32()));
        JsonAssertions.AssertKeys(renditions[0], "codec", "bitrate_kbps", "bytes", "url", "initial_counter");
        Assert.Equal("vorbis", renditions[0].GetProperty("codec").GetString());
        Assert.Equal(960, renditions[0].GetProperty("bytes").GetInt64());
        Assert.Equal("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff", renditions[0].GetProperty("initial_counter").GetString());
        Assert.Equal($"http://localhost/v1/tracks/{trackId}/key", json.GetProperty("key").GetString());
        var me = (await client.GetJsonAsync("/v1/me")).GetProperty("id").GetString();
        foreach (var url in renditions.Select(rendition => rendition.GetProperty("url").GetString()).Append(json.GetProperty("hls").GetString()))
        {
            Assert.StartsWith("http://localhost/media/", url);
            // /media/{signature}/{expires}/{userId}/{trackId}/{version}/...
            var parts = new Uri(url!).AbsolutePath.Split('/');
            Assert.Equal<string>([me!, trackId, "v3"], parts[4..7]);
        }
        Assert.EndsWith("/v3/hls/master.m3u8", json.GetProperty("hls").GetString());
        var expiresAt = DateTimeOffset.Parse(json.GetProperty("expires_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expiresAt, before.AddHours(1).AddSeconds(-1), DateTimeOffset.UtcNow.AddHours(1).AddSeconds(1));
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.True(response.Headers.CacheControl.Private);
    }

    [Fact]
    public async Task Every_playback_url_fetches_its_file_without_a_token()
    {
        var (trackId, files) = await PublishedTrackWithFilesAsync(24);
        var json = await (await factory.CreateUserClientAsync("streaming")).GetJsonAsync($"/v1/tracks/{trackId}/playback");
        var anonymous = factory.CreateAnonymousClient();

        var urls = json.GetProperty("renditions").EnumerateArray().Select(rendition => rendition.GetProperty("url").GetString()!)
            .Append(json.GetProperty("hls").GetString()!);

        foreach (var url in urls)
        {
            var file = files.Single(entry => url.EndsWith(entry.Key[entry.Key.IndexOf("/v3/", StringComparison.Ordinal)..], StringComparison.Ordinal));
            Assert.Equal(file.Value, await anonymous.GetByteArrayAsync(url));
        }
    }

    [Fact]
    public async Task Playback_needs_a_users_token_with_the_streaming_scope()
    {
        var (trackId, _) = await PublishedTrackAsync(25);

        using var anonymous = await factory.CreateAnonymousClient().GetAsync($"/v1/tracks/{trackId}/playback");
        using var withoutScope = await (await factory.CreateUserClientAsync("user-read-private")).GetAsync($"/v1/tracks/{trackId}/playback");
        using var service = await (await factory.CreateClientWithTokenAsync()).GetAsync($"/v1/tracks/{trackId}/playback");

        await anonymous.AssertErrorAsync(HttpStatusCode.Unauthorized);
        await withoutScope.AssertErrorAsync(HttpStatusCode.Forbidden);
        await service.AssertErrorAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Playback_of_a_track_without_audio_is_404_and_of_a_bad_id_400()
    {
        var client = await factory.CreateUserClientAsync("streaming");

        using var noAudio = await client.GetAsync($"/v1/tracks/{Demo.Tracks[26].Id}/playback");
        using var unknown = await client.GetAsync("/v1/tracks/0000000000000000000000/playback");
        using var badId = await client.GetAsync("/v1/tracks/not-an-id/playback");

        Assert.Contains("No published audio", await noAudio.AssertErrorAsync(HttpStatusCode.NotFound));
        await unknown.AssertErrorAsync(HttpStatusCode.NotFound);
        Assert.Equal("Invalid base62 id", await badId.AssertErrorAsync(HttpStatusCode.BadRequest));
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
