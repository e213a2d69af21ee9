using System.Net;
using System.Net.Http.Json;
using Spotify.Grains.Catalog.Demo;

namespace Spotify.Gateway.Tests;

public sealed class FollowApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string Scopes = "user-follow-read user-follow-modify";
    private static readonly Grains.Catalog.CatalogBatch Demo = DemoCatalog.Build();

    [Fact]
    public async Task Followed_artists_come_in_cursor_pages_that_lead_to_the_end()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var followed = Demo.Artists.Take(5).Select(artist => artist.Id).ToArray();
        await NoContent(await client.PutAsJsonAsync("/v1/me/following?type=artist", new { ids = followed }));

        var seen = new List<string?>();
        string? next = "/v1/me/following?type=artist&limit=2";
        var pages = 0;
        while (next is not null)
        {
            var artists = (await client.GetJsonAsync(next)).GetProperty("artists");
            JsonAssertions.AssertKeys(artists, "cursors", "href", "items", "limit", "next", "total");
            Assert.Equal(5, artists.GetProperty("total").GetInt32());
            seen.AddRange(artists.GetProperty("items").EnumerateArray().Select(artist => artist.GetProperty("id").GetString()));
            next = artists.GetProperty("next").GetString();
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(followed.Order(), seen.Order());
    }

    [Fact]
    public async Task Following_a_user_and_unfollowing_an_artist_show_in_contains()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var other = await factory.CreateUserClientAsync("user-read-private");
        var otherId = (await other.GetJsonAsync("/v1/me")).GetProperty("id").GetString();
        await NoContent(await client.PutAsync($"/v1/me/following?type=artist&ids={Demo.Artists[0].Id},{Demo.Artists[1].Id}", null));
        await NoContent(await client.PutAsync($"/v1/me/following?type=user&ids={otherId}", null));

        await NoContent(await client.DeleteAsync($"/v1/me/following?type=artist&ids={Demo.Artists[0].Id}"));
        var artists = await client.GetJsonAsync($"/v1/me/following/contains?type=artist&ids={Demo.Artists[0].Id},{Demo.Artists[1].Id}");
        var users = await client.GetJsonAsync($"/v1/me/following/contains?type=user&ids={otherId}");

        Assert.Equal([false, true], artists.EnumerateArray().Select(value => value.GetBoolean()));
        Assert.True(users[0].GetBoolean());
    }

    [Theory]
    [InlineData("PUT", "/v1/me/following?type=playlist&ids=0000000000000000000000", "type must be")]
    [InlineData("PUT", "/v1/me/following?ids=0000000000000000000000", "type must be")]
    [InlineData("PUT", "/v1/me/following?type=artist&ids=0000000000000000000000", "Non existing id")]
    [InlineData("PUT", "/v1/me/following?type=user&ids=0000000000000000000000", "Non existing id")]
    [InlineData("GET", "/v1/me/following?type=user", "Only type=artist")]
    [InlineData("GET", "/v1/me/following?type=artist&after=bad", "Invalid after")]
    [InlineData("GET", "/v1/me/following?type=artist&limit=51", "Invalid limit")]
    [InlineData("GET", "/v1/me/following/contains?type=artist", "Missing ids")]
    public async Task Bad_follow_requests_are_400_with_the_reason(string method, string path, string reason)
    {
        var client = await factory.CreateUserClientAsync(Scopes);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Contains(reason, await response.AssertErrorAsync(HttpStatusCode.BadRequest));
    }

    private static async Task NoContent(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
}
