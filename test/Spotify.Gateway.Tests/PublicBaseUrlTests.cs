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
