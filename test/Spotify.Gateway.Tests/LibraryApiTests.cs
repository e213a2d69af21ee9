using System.Net;
using System.Net.Http.Json;
using System.Text;
using Spotify.Grains.Catalog.Demo;

namespace Spotify.Gateway.Tests;

public sealed class LibraryApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string Scopes = "user-library-read user-library-modify";
    private static readonly Grains.Catalog.CatalogBatch Demo = DemoCatalog.Build();

    [Fact]
    public async Task Tracks_saved_by_query_by_ids_object_and_by_bare_array_are_all_listed_newest_first()
    {
        var client = await factory.CreateUserClientAsync(Scopes);

        await Ok(await client.PutAsync($"/v1/me/tracks?ids={Demo.Tracks[0].Id}", null));
        await Ok(await client.PutAsJsonAsync("/v1/me/tracks", new { ids = new[] { Demo.Tracks[1].Id } }));
        await Ok(await client.PutAsJsonAsync("/v1/me/tracks", new[] { Demo.Tracks[2].Id, Demo.Tracks[0].Id }));
        var saved = await client.GetJsonAsync("/v1/me/tracks");

        JsonAssertions.AssertKeys(saved, "href", "items", "limit", "next", "offset", "previous", "total");
        Assert.Equal(3, saved.GetProperty("total").GetInt32());
        Assert.Equal(
            [Demo.Tracks[2].Id, Demo.Tracks[1].Id, Demo.Tracks[0].Id],
            saved.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("track").GetProperty("id").GetString()));
        var first = saved.GetProperty("items")[0];
        JsonAssertions.AssertKeys(first, "added_at", "track");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", first.GetProperty("added_at").GetString());
    }

    [Fact]
    public async Task Contains_answers_per_id_in_order_and_removal_takes_every_form()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        await Ok(await client.PutAsync($"/v1/me/tracks?ids={Demo.Tracks[3].Id},{Demo.Tracks[4].Id},{Demo.Tracks[5].Id}", null));

        await Ok(await client.DeleteAsync($"/v1/me/tracks?ids={Demo.Tracks[3].Id}"));
        await Ok(await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/v1/me/tracks")
        {
            Content = JsonContent.Create(new[] { Demo.Tracks[4].Id }),
        }));
        var contains = await client.GetJsonAsync($"/v1/me/tracks/contains?ids={Demo.Tracks[3].Id},{Demo.Tracks[4].Id},{Demo.Tracks[5].Id}");

        Assert.Equal([false, false, true], contains.EnumerateArray().Select(value => value.GetBoolean()));
    }

    [Fact]
    public async Task Albums_are_saved_listed_and_checked_like_tracks()
    {
        var client = await factory.CreateUserClientAsync(Scopes);

        await Ok(await client.PutAsJsonAsync("/v1/me/albums", new { ids = new[] { Demo.Albums[0].Id, Demo.Albums[1].Id } }));
        var saved = await client.GetJsonAsync("/v1/me/albums?limit=1");
        var contains = await client.GetJsonAsync($"/v1/me/albums/contains?ids={Demo.Albums[1].Id},{Demo.Albums[2].Id}");

        Assert.Equal(2, saved.GetProperty("total").GetInt32());
        Assert.Equal("album", saved.GetProperty("items")[0].GetProperty("album").GetProperty("type").GetString());
        Assert.NotNull(saved.GetProperty("next").GetString());
        Assert.Equal([true, false], contains.EnumerateArray().Select(value => value.GetBoolean()));
    }

    [Theory]
    [InlineData("query", "?ids=0000000000000000000000", HttpStatusCode.BadRequest, "Non existing id")]
    [InlineData("query", "?ids=not-an-id", HttpStatusCode.BadRequest, "Invalid base62 id")]
    [InlineData("body", "{\"ids\":", HttpStatusCode.BadRequest, "not valid JSON")]
    [InlineData("body", "{\"ids\":[1,2]}", HttpStatusCode.BadRequest, "Give ids as")]
    [InlineData("body", "{\"uris\":[\"spotify:track:x\"]}", HttpStatusCode.BadRequest, "Give ids as")]
    [InlineData("body", "[]", HttpStatusCode.BadRequest, "Give ids as")]
    [InlineData("body", "[\"a,b\"]", HttpStatusCode.BadRequest, "Give ids as")]
    [InlineData("body", "\"0000000000000000000000\"", HttpStatusCode.BadRequest, "Give ids as")]
    [InlineData("none", "", HttpStatusCode.BadRequest, "Give ids as")]
    public async Task Bad_ids_are_refused_with_the_reason_and_save_nothing(string where, string input, HttpStatusCode status, string reason)
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var request = where switch
        {
            "query" => new HttpRequestMessage(HttpMethod.Put, "/v1/me/tracks" + input),
            "body" => new HttpRequestMessage(HttpMethod.Put, "/v1/me/tracks") { Content = new StringContent(input, Encoding.UTF8, "application/json") },
            _ => new HttpRequestMessage(HttpMethod.Put, "/v1/me/tracks"),
        };

        Assert.Contains(reason, await (await client.SendAsync(request)).AssertErrorAsync(status));
        Assert.Equal(0, (await client.GetJsonAsync("/v1/me/tracks")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Fifty_ids_at_most_and_bodies_of_64_kib_at_most()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var fiftyOne = Demo.Tracks.Take(51).Select(track => track.Id).ToArray();
        var huge = "[" + string.Join(',', Enumerable.Repeat("\"0000000000000000000000\"", 3000)) + "]";

        var tooMany = await client.PutAsJsonAsync("/v1/me/tracks", new { ids = fiftyOne });
        var tooBig = await client.PutAsync("/v1/me/tracks", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Contains("Too many ids", await tooMany.AssertErrorAsync(HttpStatusCode.BadRequest));
        await tooBig.AssertErrorAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Each_user_has_a_library_of_their_own()
    {
        var first = await factory.CreateUserClientAsync(Scopes);
        var second = await factory.CreateUserClientAsync(Scopes);

        await Ok(await first.PutAsync($"/v1/me/tracks?ids={Demo.Tracks[7].Id}", null));

        Assert.Equal(1, (await first.GetJsonAsync("/v1/me/tracks")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await second.GetJsonAsync("/v1/me/tracks")).GetProperty("total").GetInt32());
    }

    private static async Task Ok(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
}
