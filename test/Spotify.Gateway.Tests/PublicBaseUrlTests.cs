using Microsoft.Extensions.Options;
using Spotify.Grains.Catalog.Demo;

namespace Spotify.Gateway.Tests;

public sealed class PublicBaseUrlTests
{
    [Fact]
    public async Task Links_use_the_configured_public_base_url()
    {
        await using var factory = new GatewayFactoryWith(new() { ["Spotify:PublicBaseUrl"] = "https://api.example.com/music/" });
        var track = DemoCatalog.Build().Tracks[0];

        var json = await factory.CreateClient().GetJsonAsync($"/v1/tracks/{track.Id}");

        Assert.Equal($"https://api.example.com/music/v1/tracks/{track.Id}", json.GetProperty("href").GetString());
        Assert.StartsWith("https://api.example.com/music/v1/albums/", json.GetProperty("album").GetProperty("href").GetString());
    }

    [Fact]
    public async Task A_public_base_url_that_is_not_an_http_url_stops_the_start()
    {
        await using var factory = new GatewayFactoryWith(new() { ["Spotify:PublicBaseUrl"] = "ftp://files.example.com" });

        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Spotify:PublicBaseUrl", failure.Message);
    }

    private sealed class GatewayFactoryWith(Dictionary<string, string> settings) : EmbeddedGatewayFactory(settings);
}
