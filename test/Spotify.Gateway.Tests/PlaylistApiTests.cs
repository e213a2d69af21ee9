using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Spotify.Grains.Catalog.Demo;

namespace Spotify.Gateway.Tests;

public sealed class PlaylistApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string Scopes = "playlist-read-private playlist-modify-public playlist-modify-private user-read-private";
    private static readonly Grains.Catalog.CatalogBatch Demo = DemoCatalog.Build();

    private static string Uri(int track) => $"spotify:track:{Demo.Tracks[track].Id}";

    private static async Task<JsonElement> CreateAsync(HttpClient client, object? body = null)
    {
        var response = await client.PostAsJsonAsync("/v1/me/playlists", body ?? new { name = "Road trip", description = "For the car" });
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    private static async Task<List<string?>> TrackIdsAsync(HttpClient client, string playlistId) =>
        (await client.GetJsonAsync($"/v1/playlists/{playlistId}/items?limit=100")).GetProperty("items").EnumerateArray()
            .Select(item => item.GetProperty("track").GetProperty("id").GetString()).ToList();

    [Fact]
    public async Task A_created_playlist_has_the_spotify_shape_and_is_listed_for_its_owner()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var me = (await client.GetJsonAsync("/v1/me")).GetProperty("id").GetString();

        var playlist = await CreateAsync(client);
        var mine = await client.GetJsonAsync("/v1/me/playlists");

        JsonAssertions.AssertKeys(playlist, "collaborative", "description", "external_urls", "followers", "href", "id", "images",
            "name", "owner", "public", "snapshot_id", "tracks", "type", "uri");
        Assert.Equal("playlist", playlist.GetProperty("type").GetString());
        Assert.Equal($"spotify:playlist:{playlist.GetProperty("id").GetString()}", playlist.GetProperty("uri").GetString());
        Assert.Equal(me, playlist.GetProperty("owner").GetProperty("id").GetString());
        Assert.True(playlist.GetProperty("public").GetBoolean());
        Assert.Equal(0, playlist.GetProperty("tracks").GetProperty("total").GetInt32());
        var listed = Assert.Single(mine.GetProperty("items").EnumerateArray());
        Assert.Equal(playlist.GetProperty("id").GetString(), listed.GetProperty("id").GetString());
        JsonAssertions.AssertKeys(listed.GetProperty("tracks"), "href", "total");
    }

    [Fact]
    public async Task Items_added_by_body_and_query_are_read_through_tracks_and_items_alike()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var id = (await CreateAsync(client)).GetProperty("id").GetString()!;

        var first = await client.PostAsJsonAsync($"/v1/playlists/{id}/tracks", new { uris = new[] { Uri(0), Uri(1) } });
        var second = await client.PostAsync($"/v1/playlists/{id}/items?uris={Uri(2)}&position=0", null);
        var viaTracks = await client.GetJsonAsync($"/v1/playlists/{id}/tracks");
        var item = viaTracks.GetProperty("items")[0];

        Assert.NotEmpty((await first.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("snapshot_id").GetString()!);
        await second.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal([Demo.Tracks[2].Id, Demo.Tracks[0].Id, Demo.Tracks[1].Id], await TrackIdsAsync(client, id));
        JsonAssertions.AssertKeys(item, "added_at", "added_by", "is_local", "track");
        Assert.Equal("user", item.GetProperty("added_by").GetProperty("type").GetString());
        Assert.Contains($"/v1/playlists/{id}/tracks?offset=0", viaTracks.GetProperty("href").GetString());
    }

    [Fact]
    public async Task A_reorder_against_a_stale_snapshot_is_a_409_and_a_current_one_applies()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var id = (await CreateAsync(client)).GetProperty("id").GetString()!;
        var seen = (await (await client.PostAsJsonAsync($"/v1/playlists/{id}/tracks", new { uris = new[] { Uri(0), Uri(1), Uri(2) } }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("snapshot_id").GetString();
        var current = (await (await client.PostAsJsonAsync($"/v1/playlists/{id}/tracks", new { uris = new[] { Uri(3) } }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("snapshot_id").GetString();

        var stale = await client.PutAsJsonAsync($"/v1/playlists/{id}/tracks", new { range_start = 0, insert_before = 4, snapshot_id = seen });
        var applied = await client.PutAsJsonAsync($"/v1/playlists/{id}/tracks", new { range_start = 0, insert_before = 4, snapshot_id = current });

        await stale.AssertErrorAsync(HttpStatusCode.Conflict);
        Assert.NotEqual(current, (await applied.ReadJsonAsync()).GetProperty("snapshot_id").GetString());
        Assert.Equal([Demo.Tracks[1].Id, Demo.Tracks[2].Id, Demo.Tracks[3].Id, Demo.Tracks[0].Id], await TrackIdsAsync(client, id));
    }

    [Fact]
    public async Task Items_are_removed_by_position_and_replaced_whole()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var id = (await CreateAsync(client)).GetProperty("id").GetString()!;
        await client.PostAsJsonAsync($"/v1/playlists/{id}/tracks", new { uris = new[] { Uri(0), Uri(1), Uri(0) } });

        var removal = new HttpRequestMessage(HttpMethod.Delete, $"/v1/playlists/{id}/tracks")
        {
            Content = JsonContent.Create(new { tracks = new[] { new { uri = Uri(0), positions = new[] { 2 } } } }),
        };
        await (await client.SendAsync(removal)).ReadJsonAsync();
        var afterRemoval = await TrackIdsAsync(client, id);
        await (await client.PutAsJsonAsync($"/v1/playlists/{id}/tracks", new { uris = new[] { Uri(5) } })).ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal([Demo.Tracks[0].Id, Demo.Tracks[1].Id], afterRemoval);
        Assert.Equal([Demo.Tracks[5].Id], await TrackIdsAsync(client, id));
    }

    [Fact]
    public async Task Others_read_a_public_playlist_but_cannot_edit_it_and_do_not_see_a_private_one()
    {
        var owner = await factory.CreateUserClientAsync(Scopes);
        var other = await factory.CreateUserClientAsync(Scopes);
        var ownerId = (await owner.GetJsonAsync("/v1/me")).GetProperty("id").GetString();
        var open = (await CreateAsync(owner)).GetProperty("id").GetString();
        var secret = (await CreateAsync(owner, new { name = "Secret", @public = false })).GetProperty("id").GetString();

        await (await other.GetAsync($"/v1/playlists/{open}")).ReadJsonAsync();
        await (await other.PostAsJsonAsync($"/v1/playlists/{open}/tracks", new { uris = new[] { Uri(0) } })).AssertErrorAsync(HttpStatusCode.Forbidden);
        await (await other.PutAsJsonAsync($"/v1/playlists/{open}", new { name = "Mine" })).AssertErrorAsync(HttpStatusCode.Forbidden);
        await (await other.GetAsync($"/v1/playlists/{secret}")).AssertErrorAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/v1/playlists/{secret}/tracks")).AssertErrorAsync(HttpStatusCode.NotFound);
        var theirs = await other.GetJsonAsync($"/v1/users/{ownerId}/playlists");

        Assert.Equal([open], theirs.GetProperty("items").EnumerateArray().Select(playlist => playlist.GetProperty("id").GetString()));
        Assert.Empty(await TrackIdsAsync(owner, open!));
    }

    [Fact]
    public async Task Following_a_playlist_lists_it_for_the_follower()
    {
        var owner = await factory.CreateUserClientAsync(Scopes);
        var follower = await factory.CreateUserClientAsync(Scopes);
        var followerId = (await follower.GetJsonAsync("/v1/me")).GetProperty("id").GetString();
        var id = (await CreateAsync(owner)).GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.OK, (await follower.PutAsync($"/v1/playlists/{id}/followers", null)).StatusCode);
        var listed = await follower.GetJsonAsync("/v1/me/playlists");
        var contains = await owner.GetJsonAsync($"/v1/playlists/{id}/followers/contains?ids={followerId}");

        Assert.Contains(id, listed.GetProperty("items").EnumerateArray().Select(playlist => playlist.GetProperty("id").GetString()));
        Assert.True(contains[0].GetBoolean());
        Assert.Equal(2, (await owner.GetJsonAsync($"/v1/playlists/{id}")).GetProperty("followers").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_hundred_concurrent_adds_over_http_lose_nothing()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var id = (await CreateAsync(client)).GetProperty("id").GetString()!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(index =>
            client.PostAsJsonAsync($"/v1/playlists/{id}/tracks", new { uris = new[] { Uri(index % Demo.Tracks.Length) } })));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        Assert.Equal(100, (await client.GetJsonAsync($"/v1/playlists/{id}")).GetProperty("tracks").GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("POST", "/tracks", "{\"uris\":[\"spotify:album:0000000000000000000000\"]}", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/tracks", "{\"uris\":[\"spotify:track:0000000000000000000000\"]}", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/tracks", "{\"uris\":[]}", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/tracks", "{\"uris\":", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/tracks", "{\"uris\":[\"{uri}\"],\"position\":99}", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/tracks", "{\"uris\":[\"{uri}\"],\"position\":\"first\"}", HttpStatusCode.BadRequest)]
    [InlineData("PUT", "/tracks", "{\"range_start\":5,\"insert_before\":0}", HttpStatusCode.BadRequest)]
    [InlineData("PUT", "/tracks", "{}", HttpStatusCode.BadRequest)]
    [InlineData("DELETE", "/tracks", "{\"tracks\":[{\"uri\":\"{uri}\",\"positions\":[7]}]}", HttpStatusCode.BadRequest)]
    [InlineData("DELETE", "/tracks", "{\"tracks\":[]}", HttpStatusCode.BadRequest)]
    [InlineData("PUT", "", "{\"name\":\"\"}", HttpStatusCode.BadRequest)]
    [InlineData("PUT", "", "{\"public\":true,\"collaborative\":true}", HttpStatusCode.BadRequest)]
    public async Task Bad_playlist_edits_are_4xx_and_change_nothing(string method, string path, string body, HttpStatusCode status)
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var id = (await CreateAsync(client)).GetProperty("id").GetString()!;
        await client.PostAsJsonAsync($"/v1/playlists/{id}/tracks", new { uris = new[] { Uri(0) } });

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/v1/playlists/{id}{path}")
        {
            Content = new StringContent(body.Replace("{uri}", Uri(1)), Encoding.UTF8, "application/json"),
        });

        await response.AssertErrorAsync(status);
        Assert.Equal([Demo.Tracks[0].Id], await TrackIdsAsync(client, id));
        Assert.Equal("Road trip", (await client.GetJsonAsync($"/v1/playlists/{id}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Nobody_creates_a_playlist_for_someone_else()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var other = await factory.CreateUserClientAsync(Scopes);
        var otherId = (await other.GetJsonAsync("/v1/me")).GetProperty("id").GetString();

        var response = await client.PostAsJsonAsync($"/v1/users/{otherId}/playlists", new { name = "Gift" });

        await response.AssertErrorAsync(HttpStatusCode.Forbidden);
    }
}
