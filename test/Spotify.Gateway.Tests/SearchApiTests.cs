using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Spotify.Grains.Catalog.Demo;

namespace Spotify.Gateway.Tests;

/// <summary>The search endpoint over the Embedded profile's demo catalog and in-memory index.</summary>
public sealed class SearchApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>, IAsyncLifetime
{
    private static readonly Grains.Catalog.CatalogBatch Demo = DemoCatalog.Build();
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await factory.CreateClientWithTokenAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static List<string?> Ids(JsonElement paging) =>
        paging.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()).ToList();

    [Fact]
    public async Task A_track_is_found_by_its_name_and_returned_as_a_full_track_object()
    {
        var track = Demo.Tracks[5];

        var result = await _client.GetJsonAsync($"/v1/search?q={Uri.EscapeDataString(track.Name)}&type=track");

        JsonAssertions.AssertKeys(result, "tracks");
        var tracks = result.GetProperty("tracks");
        JsonAssertions.AssertKeys(tracks, "href", "items", "limit", "next", "offset", "previous", "total");
        var first = tracks.GetProperty("items")[0];
        Assert.Equal(track.Id, first.GetProperty("id").GetString());
        JsonAssertions.AssertKeys(first, "album", "artists", "disc_number", "duration_ms", "explicit", "external_ids", "external_urls",
            "href", "id", "is_local", "name", "popularity", "preview_url", "track_number", "type", "uri");
    }

    [Fact]
    public async Task Every_asked_type_gets_a_paging_object_of_its_own_shape()
    {
        var artist = Demo.Artists[0];

        var result = await _client.GetJsonAsync($"/v1/search?q={Uri.EscapeDataString(artist.Name)}&type=track,artist,album,playlist&limit=3");

        JsonAssertions.AssertKeys(result, "albums", "artists", "playlists", "tracks");
        Assert.Equal(artist.Id, result.GetProperty("artists").GetProperty("items")[0].GetProperty("id").GetString());
        JsonAssertions.AssertKeys(result.GetProperty("artists").GetProperty("items")[0],
            "external_urls", "followers", "genres", "href", "id", "images", "name", "popularity", "type", "uri");
        var album = result.GetProperty("albums").GetProperty("items")[0];
        Assert.Equal("album", album.GetProperty("type").GetString());
        Assert.Contains(artist.Name, album.GetProperty("artists").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(3, result.GetProperty("tracks").GetProperty("items").GetArrayLength());
        Assert.Equal(Demo.Tracks.Count(t => t.Artists.Any(a => a.Id == artist.Id)), result.GetProperty("tracks").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Next_links_walk_every_match_once_and_keep_the_query()
    {
        var expected = Demo.Tracks.Count(track => track.Album.ReleaseDate.Date.Year is >= 2023 and <= 2025);
        var seen = new List<string?>();
        string? next = $"/v1/search?q={Uri.EscapeDataString("year:2023-2025")}&type=track&limit=7";
        while (next is not null)
        {
            var tracks = (await _client.GetJsonAsync(next)).GetProperty("tracks");
            Assert.Equal(expected, tracks.GetProperty("total").GetInt32());
            seen.AddRange(Ids(tracks));
            next = tracks.GetProperty("next").GetString();
        }

        Assert.True(expected > 7, "the demo catalog should span several pages");
        Assert.Equal(expected, seen.Count);
        Assert.Equal(expected, seen.Distinct().Count());
    }

    [Fact]
    public async Task The_trailing_slash_form_answers_the_same()
    {
        var url = $"?q={Uri.EscapeDataString(Demo.Albums[0].Name)}&type=album";

        var plain = await _client.GetJsonAsync("/v1/search" + url);
        var slashed = await _client.GetJsonAsync("/v1/search/" + url);

        Assert.Equal(Ids(plain.GetProperty("albums")), Ids(slashed.GetProperty("albums")));
        Assert.Equal(Demo.Albums[0].Id, Ids(plain.GetProperty("albums"))[0]);
    }

    [Fact]
    public async Task Genre_and_artist_filters_narrow_the_tracks()
    {
        var artist = Demo.Artists.First(a => a.Genres.Contains("jazz"));

        var jazz = (await _client.GetJsonAsync("/v1/search?q=genre:jazz&type=track&limit=50")).GetProperty("tracks");
        var byArtist = (await _client.GetJsonAsync($"/v1/search?q={Uri.EscapeDataString($"artist:\"{artist.Name}\"")}&type=track&limit=50"))
            .GetProperty("tracks");

        Assert.Equal(Demo.Tracks.Count(track => track.Artists.Any(a => Demo.Artists.Single(x => x.Id == a.Id).Genres.Contains("jazz"))),
            jazz.GetProperty("total").GetInt32());
        Assert.Equal(
            Demo.Tracks.Where(track => track.Artists.Any(a => a.Id == artist.Id)).Select(track => track.Id).Order(),
            Ids(byArtist).Order());
    }

    [Fact]
    public async Task A_public_playlist_is_found_until_it_is_made_private()
    {
        var user = await factory.CreateUserClientAsync("playlist-modify-public playlist-modify-private");
        var created = await (await user.PostAsJsonAsync("/v1/me/playlists", new { name = "Quokka Summer Anthems" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();

        var found = (await _client.GetJsonAsync("/v1/search?q=quokka+anthems&type=playlist")).GetProperty("playlists");
        (await user.PutAsJsonAsync($"/v1/playlists/{id}", new { @public = false })).EnsureSuccessStatusCode();
        var afterwards = (await _client.GetJsonAsync("/v1/search?q=quokka+anthems&type=playlist")).GetProperty("playlists");

        Assert.Equal([id], Ids(found));
        JsonAssertions.AssertKeys(found.GetProperty("items")[0], "collaborative", "description", "external_urls", "href", "id",
            "images", "name", "owner", "public", "snapshot_id", "tracks", "type", "uri");
        Assert.Empty(Ids(afterwards));
        Assert.Equal(0, afterwards.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Ingested_tracks_are_searchable_at_once()
    {
        var admin = await factory.CreateClientWithTokenAsync("catalog:write");
        var ingest = new
        {
            artists = new[] { new { key = "search-test-artist", name = "Zephyrine Okonkwo", genres = new[] { "afrobeat" } } },
            albums = new[]
            {
                new
                {
                    upc = "190295000017", name = "Harmattan Tapes", artists = new[] { "search-test-artist" },
                    release_date = "2021-03-05", album_type = "album", label = "Test Label",
                    tracks = new[] { new { isrc = "QZTST2100001", name = "Dusty Lagos Morning", duration_ms = 200000, artists = new[] { "search-test-artist" } } },
                },
            },
        };
        var response = await admin.PostAsJsonAsync("/v1/admin/catalog", ingest);
        await response.ReadJsonAsync();

        var tracks = (await _client.GetJsonAsync("/v1/search?q=lagos+artist:zephyrine+year:2021+genre:afrobeat&type=track")).GetProperty("tracks");

        Assert.Equal("Dusty Lagos Morning", Assert.Single(tracks.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/v1/search?type=track", "No search query")]
    [InlineData("/v1/search?q=&type=track", "No search query")]
    [InlineData("/v1/search?q=love", "Missing parameter type")]
    [InlineData("/v1/search?q=love&type=show", "Bad search type field show")]
    [InlineData("/v1/search?q=love&type=track,", "Bad search type field")]
    [InlineData("/v1/search?q=love&type=track&limit=51", "Invalid limit")]
    [InlineData("/v1/search?q=love&type=track&limit=0", "Invalid limit")]
    [InlineData("/v1/search?q=love&type=track&offset=1001", "Invalid offset")]
    [InlineData("/v1/search?q=love&type=track&offset=-1", "Invalid offset")]
    [InlineData("/v1/search?q=year:19999&type=track", "Invalid year filter")]
    public async Task Bad_parameters_are_a_400_that_says_why(string url, string message)
    {
        var error = await (await _client.GetAsync(url)).AssertErrorAsync(HttpStatusCode.BadRequest);

        Assert.StartsWith(message, error);
    }
}
