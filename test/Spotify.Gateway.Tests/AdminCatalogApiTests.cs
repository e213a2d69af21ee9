using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Spotify.Gateway.Tests;

public sealed class AdminCatalogApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private static object Batch(string suffix, string trackName = "First Light", string secondIsrc = "QZTST2600002") => new
    {
        artists = new object[]
        {
            new { key = $"mbid-lead-{suffix}", name = "Lead Artist", genres = new[] { "Ambient", "drone" }, popularity = 40 },
            new { key = $"mbid-guest-{suffix}", name = "Guest Artist", genres = new[] { "jazz" } },
        },
        albums = new object[]
        {
            new
            {
                upc = "1" + suffix.PadLeft(11, '0'),
                name = "Dawn Tapes",
                album_type = "album",
                release_date = "2026-11",
                artists = new[] { $"mbid-lead-{suffix}" },
                label = "Test Label",
                tracks = new object[]
                {
                    new { isrc = "QZ-TST-26-00001", name = trackName, duration_ms = 201_000, artists = new[] { $"mbid-lead-{suffix}" }, popularity = 30 },
                    new { isrc = secondIsrc, name = "Second Light", duration_ms = 184_000, @explicit = true, artists = new[] { $"mbid-lead-{suffix}", $"mbid-guest-{suffix}" } },
                },
            },
        },
    };

    private async Task<HttpClient> AdminAsync() => await factory.CreateClientWithTokenAsync("catalog:write");

    [Fact]
    public async Task An_ingested_batch_is_served_like_the_rest_of_the_catalog()
    {
        var admin = await AdminAsync();

        var ingested = await (await admin.PostAsJsonAsync("/v1/admin/catalog", Batch("1001"))).ReadJsonAsync();
        var trackId = ingested.GetProperty("tracks")[1].GetProperty("id").GetString();
        var guestId = ingested.GetProperty("artists")[1].GetProperty("id").GetString();
        var albumId = ingested.GetProperty("albums")[0].GetProperty("id").GetString();
        var track = await admin.GetJsonAsync($"/v1/tracks/{trackId}");
        var guestAlbums = await admin.GetJsonAsync($"/v1/artists/{guestId}/albums");
        var album = await admin.GetJsonAsync($"/v1/albums/{albumId}");

        Assert.Equal("QZTST2600002", ingested.GetProperty("tracks")[1].GetProperty("key").GetString());
        Assert.Equal("Second Light", track.GetProperty("name").GetString());
        Assert.True(track.GetProperty("explicit").GetBoolean());
        Assert.Equal(2, track.GetProperty("artists").GetArrayLength());
        Assert.Equal("2026-11", track.GetProperty("album").GetProperty("release_date").GetString());
        Assert.Equal("month", track.GetProperty("album").GetProperty("release_date_precision").GetString());
        Assert.Equal("appears_on", guestAlbums.GetProperty("items")[0].GetProperty("album_group").GetString());
        Assert.Equal(["ambient", "drone"], album.GetProperty("genres").EnumerateArray().Select(genre => genre.GetString()));
        Assert.Equal(2, album.GetProperty("tracks").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Posting_the_same_batch_again_updates_the_same_items()
    {
        var admin = await AdminAsync();
        var first = await (await admin.PostAsJsonAsync("/v1/admin/catalog", Batch("2002"))).ReadJsonAsync();
        var releasesBefore = (await admin.GetJsonAsync("/v1/browse/new-releases")).GetProperty("albums").GetProperty("total").GetInt32();

        var second = await (await admin.PostAsJsonAsync("/v1/admin/catalog", Batch("2002", trackName: "First Light (Remaster)"))).ReadJsonAsync();
        var trackId = second.GetProperty("tracks")[0].GetProperty("id").GetString();

        Assert.Equal(Ids(first), Ids(second));
        Assert.Equal("First Light (Remaster)", (await admin.GetJsonAsync($"/v1/tracks/{trackId}")).GetProperty("name").GetString());
        Assert.Equal(releasesBefore, (await admin.GetJsonAsync("/v1/browse/new-releases")).GetProperty("albums").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_batch_with_a_bad_item_names_it_and_writes_nothing()
    {
        var admin = await AdminAsync();

        var response = await admin.PostAsJsonAsync("/v1/admin/catalog", Batch("3003", secondIsrc: "not-an-isrc"));
        var message = await response.AssertErrorAsync(HttpStatusCode.BadRequest);
        var leadId = Spotify.Contracts.Ids.SpotifyId.FromNaturalKey("artist:mbid-lead-3003");

        Assert.Contains("albums[0].tracks[1].isrc", message);
        Assert.StartsWith("Nothing was ingested", message);
        await (await admin.GetAsync($"/v1/artists/{leadId}")).AssertErrorAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{}", "no artists and no albums")]
    [InlineData("{\"artists\":[{\"key\":\"a\"}]}", "artists[0].name")]
    [InlineData("{\"artists\":[{\"key\":\"a\",\"name\":\"A\"},{\"key\":\"a\",\"name\":\"B\"}]}", "artists[1].key")]
    [InlineData("{\"artists\":[null]}", "artists[0]: must be an object")]
    [InlineData("{\"albums\":[{\"upc\":\"12\",\"name\":\"X\",\"release_date\":\"2024-13-01\",\"artists\":[\"nobody\"],\"tracks\":[]}]}", "albums[0].upc")]
    [InlineData("{\"albums\":[{\"upc\":\"123456789012\",\"name\":\"X\",\"release_date\":\"2024\",\"album_type\":\"ep\",\"artists\":[\"nobody\"],\"tracks\":[{}]}]}", "albums[0].album_type")]
    [InlineData("{\"artists\":5}", "")]
    public async Task Malformed_batches_are_400(string body, string named)
    {
        var admin = await AdminAsync();

        var response = await admin.PostAsync("/v1/admin/catalog", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains(named, await response.AssertErrorAsync(HttpStatusCode.BadRequest));
    }

    private static List<string?> Ids(JsonElement ingested) =>
        new[] { "artists", "albums", "tracks" }
            .SelectMany(kind => ingested.GetProperty(kind).EnumerateArray().Select(item => item.GetProperty("id").GetString()))
            .ToList();
}
