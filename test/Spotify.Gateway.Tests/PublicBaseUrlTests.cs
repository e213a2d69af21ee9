using Microsoft.Extensions.DependencyInjection;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Media;
using Spotify.Testing;
using Spotify.Grains.Catalog.Demo;

namespace Spotify.Gateway.Tests;

public sealed class PublicBaseUrlTests
{
    [Fact]
    public async Task Links_use_the_configured_public_base_url()
    {
        await using var factory = new GatewayFactoryWith(new() { ["Spotify:PublicBaseUrl"] = "https://api.example.com/music/" });
        var track = DemoCatalog.Build().Tracks[0];

        var json = await (await factory.CreateClientWithTokenAsync()).GetJsonAsync($"/v1/tracks/{track.Id}");

        Assert.Equal($"https://api.example.com/music/v1/tracks/{track.Id}", json.GetProperty("href").GetString());
        Assert.StartsWith("https://api.example.com/music/v1/albums/", json.GetProperty("album").GetProperty("href").GetString());
    }

    [Fact]
    public async Task Media_links_use_the_media_base_url_and_the_key_link_the_api_base_url()
    {
        await using var factory = new GatewayFactoryWith(new()
        {
            ["Spotify:PublicBaseUrl"] = "https://api.example.com/",
            ["Spotify:Media:PublicBaseUrl"] = "https://edge.example.com/",
        });
        var trackId = DemoCatalog.Build().Tracks[0].Id;
        var track = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ITrackGrain>(trackId);
        await track.GetOrCreateContentKeyAsync();
        await track.PublishAudioAsync(new TrackAudio(
            "v1", 20_000, -14, -1, [new AudioRendition("vorbis", 160, $"tracks/{trackId}/v1/ogg/160.ogg", 1000, "00000000000000000000000000000000")],
            $"tracks/{trackId}/v1/hls/master.m3u8", DateTimeOffset.UtcNow));

        var json = await (await factory.CreateUserClientAsync("streaming")).GetJsonAsync($"/v1/tracks/{trackId}/playback");

        Assert.StartsWith("https://edge.example.com/media/", json.GetProperty("hls").GetString());
        Assert.StartsWith("https://edge.example.com/media/", json.GetProperty("renditions")[0].GetProperty("url").GetString());
        Assert.Equal($"https://api.example.com/v1/tracks/{trackId}/key", json.GetProperty("key").GetString());
    }

    [Fact]
    public async Task A_media_base_url_that_is_not_an_http_url_stops_the_start()
    {
        var result = await HostProcess.RunAsync(
            RepositoryLayout.GatewayAssembly,
            new Dictionary<string, string>
            {
                ["Spotify:Media:PublicBaseUrl"] = "/media-on-the-same-host",
                ["Orleans:SiloPort"] = FreePorts.Take().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Urls"] = $"http://127.0.0.1:{FreePorts.Take()}",
            },
            TimeSpan.FromSeconds(60));

        Assert.Equal(78, result.ExitCode);
        Assert.Contains("Spotify:Media:PublicBaseUrl must be an absolute http or https URL, not '/media-on-the-same-host'", result.StandardError);
    }

    [Fact]
    public async Task A_public_base_url_that_is_not_an_http_url_stops_the_start()
    {
        var result = await HostProcess.RunAsync(
            RepositoryLayout.GatewayAssembly,
            new Dictionary<string, string>
            {
                ["Spotify:PublicBaseUrl"] = "ftp://files.example.com",
                ["Orleans:SiloPort"] = FreePorts.Take().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Urls"] = $"http://127.0.0.1:{FreePorts.Take()}",
            },
            TimeSpan.FromSeconds(60));

        Assert.Equal(78, result.ExitCode);
        Assert.Contains("Spotify:PublicBaseUrl must be an absolute http or https URL, not 'ftp://files.example.com'", result.StandardError);
    }

    private sealed class GatewayFactoryWith(Dictionary<string, string> settings) : EmbeddedGatewayFactory(settings);
}
