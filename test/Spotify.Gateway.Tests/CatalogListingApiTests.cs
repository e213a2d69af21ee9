using System.Net;
using System.Text.Json;
using Spotify.Grains.Catalog.Demo;

namespace Spotify.Gateway.Tests;

/// <summary>The catalog's "several" and listing endpoints, against the demo catalog.</summary>
public sealed class CatalogListingApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>, IAsyncLifetime
{
    private const string UnknownId = "0000000000000000000000";
    private static readonly Grains.Catalog.CatalogBatch Demo = DemoCatalog.Build();

    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await factory.CreateClientWithTokenAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Several_albums_come_in_order_with_null_for_unknown_ids()
    {
        var response = await _client.GetJsonAsync($"/v1/albums?ids={Demo.Albums[2].Id},{UnknownId},{Demo.Albums[9].Id}");

        var albums = response.GetProperty("albums").EnumerateArray().ToList();
        Assert.Equal(Demo.Albums[2].Id, albums[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, albums[1].ValueKind);
        Assert.Equal(Demo.Albums[9].Id, albums[2].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Twenty_albums_is_the_most_one_request_may_ask_for()
    {
        var ids = string.Join(',', Demo.Albums.Take(21).Select(album => album.Id));

        Assert.Contains("Too many ids", await (await _client.GetAsync($"/v1/albums?ids={ids}")).AssertErrorAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task An_albums_tracks_come_in_pages_whose_next_link_leads_on()
    {
        var album = Demo.Albums[0];

        var first = await _client.GetJsonAsync($"/v1/albums/{album.Id}/tracks?limit=3");
        var second = await _client.GetJsonAsync(first.GetProperty("next").GetString()!);

        JsonAssertions.AssertKeys(first, "href", "items", "limit", "next", "offset", "previous", "total");
        Assert.Equal(album.Tracks.Length, first.GetProperty("total").GetInt32());
        Assert.Equal(
            album.Tracks.Select(track => track.Id),
            first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(track => track.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task Several_artists_come_in_order_with_null_for_unknown_ids()
    {
        var response = await _client.GetJsonAsync($"/v1/artists?ids={UnknownId},{Demo.Artists[4].Id}");

        var artists = response.GetProperty("artists").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Null, artists[0].ValueKind);
        Assert.Equal(Demo.Artists[4].Name, artists[1].GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_artists_albums_are_grouped_newest_first_and_paging_keeps_the_filter()
    {
        var artist = Demo.Artists[1];
        var expected = Demo.Albums.Where(album => album.Artists.Any(albumArtist => albumArtist.Id == artist.Id))
            .OrderByDescending(album => album.ReleaseDate.Date)
            .Select(album => album.Id)
            .ToList();

        var first = await _client.GetJsonAsync($"/v1/artists/{artist.Id}/albums?include_groups=album&limit=1");
        var second = await _client.GetJsonAsync(first.GetProperty("next").GetString()!);

        Assert.Equal(expected.Count, first.GetProperty("total").GetInt32());
        Assert.Contains("include_groups=album", first.GetProperty("next").GetString());
        Assert.Equal(expected, first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(album => album.GetProperty("id").GetString()));
        Assert.Equal("album", first.GetProperty("items")[0].GetProperty("album_group").GetString());
        Assert.Equal(0, (await _client.GetJsonAsync($"/v1/artists/{artist.Id}/albums?include_groups=single")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("include_groups=albums")]
    [InlineData("include_groups=")]
    [InlineData("include_groups=album,,single")]
    [InlineData("limit=0")]
    public async Task A_bad_artist_albums_query_is_a_400(string query)
    {
        await (await _client.GetAsync($"/v1/artists/{Demo.Artists[0].Id}/albums?{query}")).AssertErrorAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_artists_top_tracks_are_their_most_popular_first()
    {
        var artist = Demo.Artists[2];
        var expected = Demo.Tracks.Where(track => track.Artists.Any(trackArtist => trackArtist.Id == artist.Id))
            .OrderByDescending(track => track.Popularity)
            .ThenBy(track => track.Id, StringComparer.Ordinal)
            .Take(10)
            .Select(track => track.Id);

        var response = await _client.GetJsonAsync($"/v1/artists/{artist.Id}/top-tracks?market=SE");

        Assert.Equal(expected, response.GetProperty("tracks").EnumerateArray().Select(track => track.GetProperty("id").GetString()));
        Assert.All(response.GetProperty("tracks").EnumerateArray(), track => Assert.Equal("track", track.GetProperty("type").GetString()));
    }

    [Theory]
    [InlineData("/v1/artists/{unknown}/albums", HttpStatusCode.NotFound)]
    [InlineData("/v1/artists/{unknown}/top-tracks", HttpStatusCode.NotFound)]
    [InlineData("/v1/albums/{unknown}/tracks", HttpStatusCode.NotFound)]
    [InlineData("/v1/artists/bad-id/albums", HttpStatusCode.BadRequest)]
    [InlineData("/v1/artists/bad-id/top-tracks", HttpStatusCode.BadRequest)]
    [InlineData("/v1/albums/bad-id/tracks", HttpStatusCode.BadRequest)]
    [InlineData("/v1/artists?ids=bad-id", HttpStatusCode.BadRequest)]
    public async Task Unknown_and_malformed_ids_are_404_and_400(string path, HttpStatusCode status)
    {
        await (await _client.GetAsync(path.Replace("{unknown}", UnknownId))).AssertErrorAsync(status);
    }
}
