using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Spotify.Grains.Catalog.Demo;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>The platform's "made for you" playlists, as a client of the Spotify Web API sees them.</summary>
public sealed class MadeForYouApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string Scopes = "user-modify-playback-state playlist-read-private playlist-modify-public playlist-modify-private";
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(10);
    private static readonly Grains.Catalog.CatalogBatch Demo = DemoCatalog.Build();

    private static object Play(int index, DateTimeOffset startedAt) => new
    {
        event_id = $"play-{index}",
        track_uri = $"spotify:track:{Demo.Tracks[index].Id}",
        started_at = startedAt.ToString("O"),
        ms_played = 200_000,
        reason_end = "trackdone",
    };

    private static JsonElement? DiscoverWeekly(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Cast<JsonElement?>().FirstOrDefault(item => item!.Value.GetProperty("name").GetString() == "Discover Weekly");

    [Fact]
    public async Task Plays_bring_a_discover_weekly_owned_by_spotify_into_my_playlists()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var now = DateTimeOffset.UtcNow;
        var played = Enumerable.Range(0, 8).ToList();
        await (await client.PostAsJsonAsync("/v1/me/player/events", new { events = played.Select(i => Play(i, now.AddMinutes(-60 + i * 5))) }))
            .ReadJsonAsync();

        var mine = await Eventually.GetAsync(
            () => client.GetJsonAsync("/v1/me/playlists"),
            page => DiscoverWeekly(page) is { } playlist && playlist.GetProperty("tracks").GetProperty("total").GetInt32() == 30,
            Delivery);
        var discover = DiscoverWeekly(mine)!.Value;
        var id = discover.GetProperty("id").GetString();
        var tracks = await client.GetJsonAsync($"/v1/playlists/{id}/tracks?limit=50");
        var platform = await client.GetJsonAsync("/v1/users/spotify");
        var platformsPublicPlaylists = await client.GetJsonAsync("/v1/users/spotify/playlists");

        SpotifyShapes.Assert(discover, [.. SpotifyShapes.Playlist.Where(key => key != "followers")]);
        var owner = discover.GetProperty("owner");
        SpotifyShapes.Assert(owner, SpotifyShapes.PlaylistUser);
        Assert.Equal(("spotify", "Spotify", "spotify:user:spotify"),
            (owner.GetProperty("id").GetString(), owner.GetProperty("display_name").GetString(), owner.GetProperty("uri").GetString()));
        Assert.EndsWith("/v1/users/spotify", owner.GetProperty("href").GetString());
        Assert.False(discover.GetProperty("public").GetBoolean());
        var items = tracks.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(30, items.Count);
        var trackIds = items.Select(item => item.GetProperty("track").GetProperty("id").GetString()).ToList();
        Assert.Empty(trackIds.Intersect(played.Select(i => Demo.Tracks[i].Id)));
        Assert.All(items, item => Assert.Equal("spotify", item.GetProperty("added_by").GetProperty("id").GetString()));
        SpotifyShapes.Assert(platform, SpotifyShapes.PublicUser);
        Assert.Equal(("spotify", "Spotify"), (platform.GetProperty("id").GetString(), platform.GetProperty("display_name").GetString()));
        Assert.Equal(0, platformsPublicPlaylists.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_user_cannot_edit_a_playlist_spotify_made_for_them()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        await (await client.PostAsJsonAsync("/v1/me/player/events", new { events = new[] { Play(40, DateTimeOffset.UtcNow.AddMinutes(-10)) } }))
            .ReadJsonAsync();
        var mine = await Eventually.GetAsync(() => client.GetJsonAsync("/v1/me/playlists"), page => DiscoverWeekly(page) is not null, Delivery);
        var id = DiscoverWeekly(mine)!.Value.GetProperty("id").GetString();

        var add = await client.PostAsJsonAsync($"/v1/playlists/{id}/tracks", new { uris = new[] { $"spotify:track:{Demo.Tracks[0].Id}" } });
        var rename = await client.PutAsJsonAsync($"/v1/playlists/{id}", new { name = "Mine now" });

        await add.AssertErrorAsync(HttpStatusCode.Forbidden);
        await rename.AssertErrorAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("Spotify")]
    [InlineData("spotify1")]
    [InlineData("spotifyspotifyspotify")]
    public async Task Besides_base62_ids_only_the_platforms_own_id_is_a_user_id(string userId)
    {
        var client = await factory.CreateClientWithTokenAsync();

        var profile = await client.GetAsync($"/v1/users/{userId}");
        var playlists = await client.GetAsync($"/v1/users/{userId}/playlists");

        Assert.Equal("Invalid base62 id", await profile.AssertErrorAsync(HttpStatusCode.BadRequest));
        Assert.Equal("Invalid base62 id", await playlists.AssertErrorAsync(HttpStatusCode.BadRequest));
    }
}
