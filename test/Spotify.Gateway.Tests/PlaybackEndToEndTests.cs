using System.Net;
using System.Net.Http.Headers;
using Spotify.Grains.Catalog.Demo;
using Spotify.Media.Analysis;
using Spotify.Media.Encryption;
using Spotify.Media.Hls;
using Spotify.Media.Tools;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>
/// From upload to sound: real ffmpeg transcodes an uploaded clip, the player asks for playback,
/// follows the signed URLs through the HLS playlists and the Ogg rendition, fetches the key, and
/// what it decrypts is audio ffprobe can read.
/// </summary>
public sealed class PlaybackEndToEndTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>, IDisposable
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(90);

    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("spotify-playback-e2e-");

    [Fact]
    public async Task An_uploaded_clip_plays_through_signed_hls_and_ogg_urls_and_decrypts_to_audio()
    {
        var trackId = DemoCatalog.Build().Tracks[40].Id;
        await UploadAndWaitAsync(trackId, seconds: 8);
        var player = await factory.CreateUserClientAsync("streaming");
        var media = factory.CreateAnonymousClient();

        var playback = await player.GetJsonAsync($"/v1/tracks/{trackId}/playback");
        var key = ContentKey.FromBytes(await player.GetByteArrayAsync(playback.GetProperty("key").GetString()));

        // HLS: master playlist, the first variant's media playlist, its init section and first segment.
        var masterUrl = new Uri(playback.GetProperty("hls").GetString()!);
        var master = MasterPlaylist.Parse(await media.GetStringAsync(masterUrl));
        Assert.Equal(3, master.Variants.Count);
        var variantUrl = new Uri(masterUrl, master.Variants[0].Uri);
        var variant = MediaPlaylist.Parse(await media.GetStringAsync(variantUrl));
        var segment = variant.Segments[0];
        Assert.Equal(new Uri(playback.GetProperty("key").GetString()!), new Uri(variantUrl, segment.Key!.Uri));
        var init = await media.GetByteArrayAsync(new Uri(variantUrl, variant.MapUri));
        var encrypted = await media.GetByteArrayAsync(new Uri(variantUrl, segment.Uri));
        var clear = HlsSegmentCipher.Decrypt(key, segment.Key.Iv, encrypted);
        var hls = await ProbeAsync("first-segment.mp4", [.. init, .. clear]);
        Assert.Equal("aac", hls.Codec);
        Assert.InRange(hls.Duration.TotalSeconds, 1, 8);

        // Ogg: the whole rendition, and a range from the middle decrypted on its own.
        var rendition = playback.GetProperty("renditions")[0];
        var oggUrl = rendition.GetProperty("url").GetString()!;
        using var cipher = new AesCtrCipher(key, Convert.FromHexString(rendition.GetProperty("initial_counter").GetString()!));
        var ogg = cipher.DecryptRange(0, await media.GetByteArrayAsync(oggUrl));
        Assert.Equal(rendition.GetProperty("bytes").GetInt64(), ogg.Length);
        Assert.Equal("OggS"u8.ToArray(), ogg[..4]);
        var probed = await ProbeAsync("rendition.ogg", ogg);
        Assert.Equal("vorbis", probed.Codec);
        Assert.Equal(8, probed.Duration.TotalSeconds, tolerance: 0.2);
        using var request = new HttpRequestMessage(HttpMethod.Get, oggUrl) { Headers = { Range = new RangeHeaderValue(5_001, 9_000) } };
        using var ranged = await media.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, ranged.StatusCode);
        Assert.Equal(ogg[5_001..9_001], cipher.DecryptRange(5_001, await ranged.Content.ReadAsByteArrayAsync()));
    }

    public void Dispose() => _scratch.Delete(recursive: true);

    private async Task UploadAndWaitAsync(string trackId, int seconds)
    {
        var admin = await factory.CreateClientWithTokenAsync("catalog:write");
        var upload = await admin.PostAsync($"/v1/admin/tracks/{trackId}/audio", TestAudio.Upload(await TestAudio.WavAsync(seconds)));
        await upload.ReadJsonAsync(HttpStatusCode.Accepted);
        var job = await Eventually.GetAsync(
            () => admin.GetJsonAsync(upload.Headers.Location!.ToString()),
            job => job.GetProperty("status").GetString() is "succeeded" or "failed",
            JobTimeout);
        Assert.Equal("succeeded", job.GetProperty("status").GetString());
    }

    private async Task<ProbedAudio> ProbeAsync(string name, byte[] content)
    {
        var path = Path.Combine(_scratch.FullName, name);
        await File.WriteAllBytesAsync(path, content);
        return await new AudioProbe(MediaToolLocator.Locate()).ProbeAsync(path);
    }
}
