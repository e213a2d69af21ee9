using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spotify.Contracts.Catalog;
using Spotify.Grains.Catalog.Demo;
using Spotify.Media.Storage;
using Spotify.Testing;

namespace Spotify.Integration.Tests;

/// <summary>
/// The whole Cluster profile: two silo processes that migrate PostgreSQL and seed the demo
/// catalog, and a gateway that reaches them as an Orleans client and checks Redis and Azurite.
/// </summary>
public sealed class ClusterGatewayTests(GatewayClusterFixture fixture) : IClassFixture<GatewayClusterFixture>
{
    private readonly SiloCluster _cluster = fixture.Cluster;
    private readonly ClusterGatewayFactory _gateway = fixture.Gateway;

    [Fact]
    public async Task The_gateway_is_ready_when_cluster_database_cache_and_blobs_answer()
    {
        var response = await _gateway.CreateClient().GetAsync("/readyz");
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var checks = JsonDocument.Parse(body).RootElement.GetProperty("checks");
        foreach (var check in new[] { "orleans", "postgres", "redis", "blobs" })
        {
            Assert.Equal("Healthy", checks.GetProperty(check).GetProperty("status").GetString());
        }
        Assert.Equal("2 active silos", checks.GetProperty("orleans").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Https_responses_carry_hsts_and_plain_ones_do_not()
    {
        var https = _gateway.CreateClient(new() { BaseAddress = new Uri("https://api.spotify-on-orleans.test/") });
        var http = _gateway.CreateClient(new() { BaseAddress = new Uri("http://api.spotify-on-orleans.test/") });

        var secure = await https.GetAsync("/healthz");
        var plain = await http.GetAsync("/healthz");

        Assert.Equal("max-age=31536000; includeSubDomains", secure.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_demo_catalog_the_silos_seeded_is_searched_in_postgresql()
    {
        var demo = DemoCatalog.Build();
        var artist = demo.Artists[1];
        var client = await _gateway.CreateClientWithTokenAsync();
        var misspelt = artist.Name.Replace("Harbor", "Harbro", StringComparison.Ordinal);

        var body = await client.GetStringAsync($"/v1/search?q={Uri.EscapeDataString(artist.Name.ToUpperInvariant())}&type=artist,track");
        var corrected = await client.GetStringAsync($"/v1/search?q={Uri.EscapeDataString(misspelt)}&type=artist");

        var result = JsonDocument.Parse(body).RootElement;
        Assert.Equal(artist.Id, result.GetProperty("artists").GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(
            demo.Tracks.Count(track => track.Artists.Any(a => a.Id == artist.Id)),
            result.GetProperty("tracks").GetProperty("total").GetInt32());
        Assert.NotEqual(artist.Name, misspelt);
        Assert.Equal(artist.Id, JsonDocument.Parse(corrected).RootElement.GetProperty("artists").GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_gateway_serves_the_dashboard_of_the_silo_cluster()
    {
        var response = await (await _gateway.CreateClientWithTokenAsync("dashboard")).GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Orleans Dashboard", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_gateway_is_not_ready_while_redis_is_unreachable_and_says_so()
    {
        await using var gateway = new ClusterGatewayFactory(_cluster, new Dictionary<string, string>
        {
            ["ConnectionStrings:Redis"] = $"127.0.0.1:{FreePorts.Take()},connectTimeout=500",
        });

        var response = await gateway.CreateClient().GetAsync("/readyz");
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, body);
        var checks = JsonDocument.Parse(body).RootElement.GetProperty("checks");
        Assert.Equal("Unhealthy", checks.GetProperty("redis").GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(checks.GetProperty("redis").GetProperty("reason").GetString()));
        Assert.Equal("Healthy", checks.GetProperty("postgres").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_demo_catalog_is_seeded_once_into_postgres_and_served_through_the_gateway()
    {
        var demo = DemoCatalog.Build();
        var client = await _gateway.CreateClientWithTokenAsync();

        var track = JsonDocument.Parse(await client.GetStringAsync($"/v1/tracks/{demo.Tracks[0].Id}")).RootElement;
        var releases = JsonDocument.Parse(await client.GetStringAsync("/v1/browse/new-releases")).RootElement;

        Assert.Equal(demo.Tracks[0].Name, track.GetProperty("name").GetString());
        Assert.Equal(demo.Albums.Length, releases.GetProperty("albums").GetProperty("total").GetInt32());
        var storedTracks = await _cluster.Database.ScalarAsync<long>(
            "SELECT count(*) FROM OrleansStorage WHERE GrainTypeString = 'track'");
        Assert.Equal(demo.Tracks.Length, storedTracks);
    }

    [Fact]
    public async Task Uploaded_audio_is_published_to_azure_blob_storage_and_recorded_in_postgresql()
    {
        var trackId = DemoCatalog.Build().Tracks[100].Id;
        var admin = await _gateway.CreateClientWithTokenAsync("catalog:write");
        using var upload = TestAudio.Upload(await TestAudio.WavAsync(3));

        var response = await admin.PostAsync($"/v1/admin/tracks/{trackId}/audio", upload);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = await Eventually.GetAsync(
            async () => JsonDocument.Parse(await admin.GetStringAsync(response.Headers.Location)).RootElement,
            job => job.GetProperty("status").GetString() is "succeeded" or "failed",
            TimeSpan.FromSeconds(90));
        Assert.Equal("succeeded", job.GetProperty("status").GetString());
        var audio = await _gateway.Services.GetRequiredService<IGrainFactory>().GetGrain<ITrackGrain>(trackId).GetAudioAsync();
        Assert.Equal(job.GetProperty("published_version").GetString(), audio!.Version);
        var blobs = _gateway.Services.GetRequiredService<IBlobStore>();
        Assert.IsType<AzureBlobStore>(blobs);
        foreach (var rendition in audio.Renditions)
        {
            Assert.True(await blobs.ExistsAsync(rendition.Path), rendition.Path);
        }
        Assert.True(await blobs.ExistsAsync(audio.HlsMasterPath));
    }
}
