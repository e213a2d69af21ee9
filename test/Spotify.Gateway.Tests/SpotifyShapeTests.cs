using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Spotify.Grains.Catalog.Demo;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>Every endpoint's response has the keys of the Spotify Web API object it stands for.</summary>
public sealed class SpotifyShapeTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string UserScopes =
        "user-read-private user-read-email user-library-read user-library-modify user-follow-read user-follow-modify " +
        "playlist-read-private playlist-modify-public playlist-modify-private";

    private static readonly Grains.Catalog.CatalogBatch Demo = DemoCatalog.Build();

    [Fact]
    public async Task Catalog_lists_wrap_full_objects_as_spotify_does()
    {
        var client = await factory.CreateClientWithTokenAsync();
        var artist = Demo.Artists[0];

        var tracks = await client.GetJsonAsync($"/v1/tracks?ids={Demo.Tracks[0].Id}");
        var albums = await client.GetJsonAsync($"/v1/albums?ids={Demo.Albums[0].Id}");
        var artists = await client.GetJsonAsync($"/v1/artists?ids={artist.Id}");
        var topTracks = await client.GetJsonAsync($"/v1/artists/{artist.Id}/top-tracks");
        var artistAlbums = await client.GetJsonAsync($"/v1/artists/{artist.Id}/albums?limit=1");
        var albumTracks = await client.GetJsonAsync($"/v1/albums/{Demo.Albums[0].Id}/tracks?limit=1");

        JsonAssertions.AssertKeys(tracks, "tracks");
        SpotifyShapes.Assert(tracks.GetProperty("tracks")[0], SpotifyShapes.Track);
        SpotifyShapes.Assert(tracks.GetProperty("tracks")[0].GetProperty("album"), SpotifyShapes.SimplifiedAlbum);
        SpotifyShapes.Assert(tracks.GetProperty("tracks")[0].GetProperty("artists")[0], SpotifyShapes.SimplifiedArtist);
        JsonAssertions.AssertKeys(albums, "albums");
        SpotifyShapes.Assert(albums.GetProperty("albums")[0], SpotifyShapes.Album);
        SpotifyShapes.Assert(albums.GetProperty("albums")[0].GetProperty("tracks"), SpotifyShapes.Paging);
        JsonAssertions.AssertKeys(artists, "artists");
        SpotifyShapes.Assert(artists.GetProperty("artists")[0], SpotifyShapes.Artist);
        JsonAssertions.AssertKeys(artists.GetProperty("artists")[0].GetProperty("followers"), "href", "total");
        JsonAssertions.AssertKeys(topTracks, "tracks");
        SpotifyShapes.Assert(topTracks.GetProperty("tracks")[0], SpotifyShapes.Track);
        SpotifyShapes.Assert(artistAlbums, SpotifyShapes.Paging);
        SpotifyShapes.Assert(artistAlbums.GetProperty("items")[0], [.. SpotifyShapes.SimplifiedAlbum, "album_group"]);
        SpotifyShapes.Assert(albumTracks, SpotifyShapes.Paging);
        SpotifyShapes.Assert(albumTracks.GetProperty("items")[0], SpotifyShapes.SimplifiedTrack);
    }

    [Fact]
    public async Task Users_are_public_or_private_user_objects()
    {
        var http = factory.CreateAnonymousClient();
        var email = $"shapes-{Guid.NewGuid():N}@example.com";
        (await http.PostAsJsonAsync("/v1/users", new { email, password = OAuthFlows.Password, display_name = "Shapes", country = "SE" }))
            .EnsureSuccessStatusCode();
        var client = factory.CreateAnonymousClient().WithToken(await OAuthFlows.SignInAsync(http, email, UserScopes));

        var me = await client.GetJsonAsync("/v1/me");
        var other = await (await factory.CreateUserClientAsync("user-read-private")).GetJsonAsync($"/v1/users/{me.GetProperty("id").GetString()}");

        SpotifyShapes.Assert(me, SpotifyShapes.PrivateUser);
        JsonAssertions.AssertKeys(me.GetProperty("explicit_content"), "filter_enabled", "filter_locked");
        SpotifyShapes.Assert(other, SpotifyShapes.PublicUser);
    }

    [Fact]
    public async Task Library_and_following_have_spotifys_saved_item_and_cursor_shapes()
    {
        var client = await factory.CreateUserClientAsync(UserScopes);
        (await client.PutAsync($"/v1/me/albums?ids={Demo.Albums[0].Id}", null)).EnsureSuccessStatusCode();
        (await client.PutAsync($"/v1/me/tracks?ids={Demo.Tracks[0].Id}", null)).EnsureSuccessStatusCode();
        (await client.PutAsync($"/v1/me/following?type=artist&ids={Demo.Artists[0].Id}", null)).EnsureSuccessStatusCode();

        var albums = await client.GetJsonAsync("/v1/me/albums");
        var tracks = await client.GetJsonAsync("/v1/me/tracks");
        var contains = await client.GetJsonAsync($"/v1/me/tracks/contains?ids={Demo.Tracks[0].Id},{Demo.Tracks[1].Id}");
        var following = (await client.GetJsonAsync("/v1/me/following?type=artist")).GetProperty("artists");

        SpotifyShapes.Assert(albums, SpotifyShapes.Paging);
        JsonAssertions.AssertKeys(albums.GetProperty("items")[0], "added_at", "album");
        SpotifyShapes.Assert(albums.GetProperty("items")[0].GetProperty("album"), SpotifyShapes.Album);
        JsonAssertions.AssertKeys(tracks.GetProperty("items")[0], "added_at", "track");
        SpotifyShapes.Assert(tracks.GetProperty("items")[0].GetProperty("track"), SpotifyShapes.Track);
        Assert.Equal([true, false], contains.EnumerateArray().Select(value => value.GetBoolean()));
        JsonAssertions.AssertKeys(following, "cursors", "href", "items", "limit", "next", "total");
        JsonAssertions.AssertKeys(following.GetProperty("cursors"), "after", "before");
        SpotifyShapes.Assert(following.GetProperty("items")[0], SpotifyShapes.Artist);
    }

    [Fact]
    public async Task Playlists_items_and_snapshots_have_spotifys_shapes()
    {
        var client = await factory.CreateUserClientAsync(UserScopes);
        var created = await (await client.PostAsJsonAsync("/v1/me/playlists", new { name = "Shapes" })).ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();

        var added = await (await client.PostAsJsonAsync($"/v1/playlists/{id}/tracks", new { uris = new[] { $"spotify:track:{Demo.Tracks[0].Id}" } }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var playlist = await client.GetJsonAsync($"/v1/playlists/{id}");
        var items = await client.GetJsonAsync($"/v1/playlists/{id}/items");
        var mine = await client.GetJsonAsync("/v1/me/playlists");

        JsonAssertions.AssertKeys(added, "snapshot_id");
        SpotifyShapes.Assert(playlist, SpotifyShapes.Playlist);
        SpotifyShapes.Assert(playlist.GetProperty("owner"), SpotifyShapes.PlaylistUser);
        SpotifyShapes.Assert(playlist.GetProperty("tracks"), SpotifyShapes.Paging);
        SpotifyShapes.Assert(items, SpotifyShapes.Paging);
        var item = items.GetProperty("items")[0];
        SpotifyShapes.Assert(item, SpotifyShapes.PlaylistTrack);
        SpotifyShapes.Assert(item.GetProperty("added_by"), SpotifyShapes.PlaylistUser);
        SpotifyShapes.Assert(item.GetProperty("track"), SpotifyShapes.Track);
        SpotifyShapes.Assert(mine.GetProperty("items")[0], [.. SpotifyShapes.Playlist.Where(key => key != "followers")]);
        Assert.Equal(JsonValueKind.String, added.GetProperty("snapshot_id").ValueKind);
    }
}
