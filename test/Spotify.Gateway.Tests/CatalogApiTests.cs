using System.Net;
using System.Text.Json;
using Spotify.Grains.Catalog.Demo;

namespace Spotify.Gateway.Tests;

/// <summary>The catalog endpoints against the demo catalog, checked for the Spotify Web API's shapes.</summary>
public sealed class CatalogApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>, IAsyncLifetime
{
    private const string UnknownId = "0000000000000000000000";
    private static readonly Grains.Catalog.CatalogBatch Demo = DemoCatalog.Build();

    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await factory.CreateClientWithTokenAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_track_has_the_spotify_track_shape()
    {
        var expected = Demo.Tracks[0];

        var track = await _client.GetJsonAsync($"/v1/tracks/{expected.Id}");

        JsonAssertions.AssertKeys(track,
            "album", "artists", "disc_number", "duration_ms", "explicit", "external_ids", "external_urls", "href",
            "id", "is_local", "name", "popularity", "preview_url", "track_number", "type", "uri");
        Assert.Equal(expected.Id, track.GetProperty("id").GetString());
        Assert.Equal($"spotify:track:{expected.Id}", track.GetProperty("uri").GetString());
        Assert.Equal($"http://localhost/v1/tracks/{expected.Id}", track.GetProperty("href").GetString());
        Assert.Equal("track", track.GetProperty("type").GetString());
        Assert.Equal(expected.Name, track.GetProperty("name").GetString());
        Assert.Equal(expected.DurationMs, track.GetProperty("duration_ms").GetInt32());
        Assert.Equal(expected.Isrc, track.GetProperty("external_ids").GetProperty("isrc").GetString());
        Assert.Equal(JsonValueKind.Null, track.GetProperty("preview_url").ValueKind);
        Assert.False(track.GetProperty("is_local").GetBoolean());
        Assert.InRange(track.GetProperty("popularity").GetInt32(), 0, 100);

        var album = track.GetProperty("album");
        JsonAssertions.AssertKeys(album,
            "album_type", "artists", "external_urls", "href", "id", "images", "name", "release_date",
            "release_date_precision", "total_tracks", "type", "uri");
        Assert.Equal(expected.Album.Id, album.GetProperty("id").GetString());
        Assert.Equal($"spotify:album:{expected.Album.Id}", album.GetProperty("uri").GetString());
        Assert.Equal("album", album.GetProperty("album_type").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", album.GetProperty("release_date").GetString());
        Assert.Equal("day", album.GetProperty("release_date_precision").GetString());

        var artist = Assert.Single(track.GetProperty("artists").EnumerateArray());
        JsonAssertions.AssertKeys(artist, "external_urls", "href", "id", "name", "type", "uri");
        Assert.Equal(expected.Artists[0].Id, artist.GetProperty("id").GetString());
        Assert.Equal($"spotify:artist:{expected.Artists[0].Id}", artist.GetProperty("uri").GetString());
    }

    [Fact]
    public async Task Several_tracks_come_in_the_order_asked_with_null_for_unknown_ids()
    {
        var first = Demo.Tracks[5].Id;
        var last = Demo.Tracks[17].Id;

        var response = await _client.GetJsonAsync($"/v1/tracks?ids={first},{UnknownId},{last}");

        var tracks = response.GetProperty("tracks").EnumerateArray().ToList();
        Assert.Equal(3, tracks.Count);
        Assert.Equal(first, tracks[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, tracks[1].ValueKind);
        Assert.Equal(last, tracks[2].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Fifty_tracks_is_the_most_one_request_may_ask_for()
    {
        var fifty = string.Join(',', Demo.Tracks.Take(50).Select(track => track.Id));
        var fiftyOne = string.Join(',', Demo.Tracks.Take(51).Select(track => track.Id));

        var allowed = await _client.GetJsonAsync($"/v1/tracks?ids={fifty}");
        var refused = await _client.GetAsync($"/v1/tracks?ids={fiftyOne}");

        Assert.Equal(50, allowed.GetProperty("tracks").GetArrayLength());
        Assert.Contains("Too many ids", await refused.AssertErrorAsync(HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData("/v1/tracks")]
    [InlineData("/v1/tracks?ids=")]
    [InlineData("/v1/tracks?ids=abc")]
    [InlineData("/v1/tracks?ids=0000000000000000000000,,0000000000000000000000")]
    [InlineData("/v1/tracks?ids=0000000000000000000000%00")]
    public async Task A_bad_id_list_is_a_400(string url)
    {
        await (await _client.GetAsync(url)).AssertErrorAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_album_has_the_spotify_album_shape_with_a_page_of_tracks()
    {
        var expected = Demo.Albums[3];

        var album = await _client.GetJsonAsync($"/v1/albums/{expected.Id}");

        JsonAssertions.AssertKeys(album,
            "album_type", "artists", "copyrights", "external_ids", "external_urls", "genres", "href", "id", "images",
            "label", "name", "popularity", "release_date", "release_date_precision", "total_tracks", "tracks", "type", "uri");
        Assert.Equal($"spotify:album:{expected.Id}", album.GetProperty("uri").GetString());
        Assert.Equal(expected.Upc, album.GetProperty("external_ids").GetProperty("upc").GetString());
        Assert.Equal(expected.Label, album.GetProperty("label").GetString());
        Assert.Equal(expected.Tracks.Length, album.GetProperty("total_tracks").GetInt32());

        var tracks = album.GetProperty("tracks");
        JsonAssertions.AssertKeys(tracks, "href", "items", "limit", "next", "offset", "previous", "total");
        Assert.Equal(expected.Tracks.Length, tracks.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, tracks.GetProperty("next").ValueKind);
        Assert.Equal(
            expected.Tracks.Select(track => track.Id),
            tracks.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()));
        JsonAssertions.AssertKeys(tracks.GetProperty("items")[0],
            "artists", "disc_number", "duration_ms", "explicit", "external_urls", "href", "id", "is_local", "name",
            "preview_url", "track_number", "type", "uri");
    }

    [Fact]
    public async Task An_artist_has_the_spotify_artist_shape()
    {
        var expected = Demo.Artists[7];

        var artist = await _client.GetJsonAsync($"/v1/artists/{expected.Id}");

        JsonAssertions.AssertKeys(artist,
            "external_urls", "followers", "genres", "href", "id", "images", "name", "popularity", "type", "uri");
        Assert.Equal(expected.Name, artist.GetProperty("name").GetString());
        Assert.Equal(expected.Genres, artist.GetProperty("genres").EnumerateArray().Select(genre => genre.GetString()));
        Assert.Equal(expected.Followers, artist.GetProperty("followers").GetProperty("total").GetInt64());
        Assert.Equal(JsonValueKind.Null, artist.GetProperty("followers").GetProperty("href").ValueKind);
        Assert.Equal("artist", artist.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("tracks", "track")]
    [InlineData("albums", "album")]
    [InlineData("artists", "artist")]
    public async Task An_unknown_id_is_a_404_naming_it(string collection, string type)
    {
        var message = await (await _client.GetAsync($"/v1/{collection}/{UnknownId}")).AssertErrorAsync(HttpStatusCode.NotFound);

        Assert.Contains($"spotify:{type}:{UnknownId}", message);
    }

    [Theory]
    [InlineData("/v1/tracks/abc")]
    [InlineData("/v1/tracks/0000000000000000000000A")]
    [InlineData("/v1/tracks/000000000000000000000%2D")]
    [InlineData("/v1/albums/not-an-id")]
    [InlineData("/v1/artists/%F0%9F%8E%B5%F0%9F%8E%B5%F0%9F%8E%B5%F0%9F%8E%B5%F0%9F%8E%B5%F0%9F%8E%B5")]
    public async Task A_malformed_id_is_a_400(string url)
    {
        Assert.Equal("Invalid base62 id", await (await _client.GetAsync(url)).AssertErrorAsync(HttpStatusCode.BadRequest));
    }
}
