using System.Net;
using System.Text.Json;
using Spotify.Grains.Catalog.Demo;

namespace Spotify.Gateway.Tests;

public sealed class BrowseApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await factory.CreateClientWithTokenAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Following_next_links_walks_every_new_release_once_newest_first()
    {
        var seen = new List<JsonElement>();
        string? next = "/v1/browse/new-releases?limit=7";
        var total = -1;
        while (next is not null)
        {
            var albums = (await _client.GetJsonAsync(next)).GetProperty("albums");
            JsonAssertions.AssertKeys(albums, "href", "items", "limit", "next", "offset", "previous", "total");
            total = albums.GetProperty("total").GetInt32();
            seen.AddRange(albums.GetProperty("items").EnumerateArray());
            next = albums.GetProperty("next").GetString();
        }

        Assert.Equal(DemoCatalog.Build().Albums.Length, total);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Select(album => album.GetProperty("id").GetString()).Distinct().Count());
        var dates = seen.Select(album => album.GetProperty("release_date").GetString()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Paging_links_are_absolute_and_previous_leads_back()
    {
        var second = (await _client.GetJsonAsync("/v1/browse/new-releases?offset=5&limit=5")).GetProperty("albums");
        var previousUrl = second.GetProperty("previous").GetString();

        Assert.Equal("http://localhost/v1/browse/new-releases?offset=5&limit=5", second.GetProperty("href").GetString());
        Assert.Equal("http://localhost/v1/browse/new-releases?offset=0&limit=5", previousUrl);
        var first = (await _client.GetJsonAsync(previousUrl!)).GetProperty("albums");
        Assert.Equal(JsonValueKind.Null, first.GetProperty("previous").ValueKind);
        Assert.Equal(second.GetProperty("href").GetString(), first.GetProperty("next").GetString());
    }

    [Fact]
    public async Task The_default_page_has_twenty_albums()
    {
        var albums = (await _client.GetJsonAsync("/v1/browse/new-releases")).GetProperty("albums");

        Assert.Equal(20, albums.GetProperty("limit").GetInt32());
        Assert.Equal(0, albums.GetProperty("offset").GetInt32());
        Assert.Equal(20, albums.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task An_offset_past_the_end_is_an_empty_page()
    {
        var albums = (await _client.GetJsonAsync("/v1/browse/new-releases?offset=5000")).GetProperty("albums");

        Assert.Equal(0, albums.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, albums.GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=51")]
    [InlineData("limit=-1")]
    [InlineData("limit=abc")]
    [InlineData("limit=1.5")]
    [InlineData("limit=")]
    [InlineData("limit=99999999999999999999")]
    [InlineData("offset=-1")]
    [InlineData("offset=x")]
    [InlineData("offset=2147483647")]
    public async Task Out_of_range_paging_is_a_400(string query)
    {
        await (await _client.GetAsync($"/v1/browse/new-releases?{query}")).AssertErrorAsync(HttpStatusCode.BadRequest);
    }
}
