using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Spotify.Grains.Catalog.Demo;

namespace Spotify.Gateway.Tests;

/// <summary>The player's state as the last reported play shows it: <c>/v1/me/player</c> and <c>currently-playing</c>.</summary>
public sealed class PlaybackStateApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string Scopes = "user-modify-playback-state user-read-playback-state user-read-currently-playing";
    private static readonly Grains.Catalog.CatalogBatch Demo = DemoCatalog.Build();

    private static object Play(string eventId, int track, DateTimeOffset startedAt, int msPlayed, string? context = null, bool shuffle = false) => new
    {
        event_id = eventId,
        track_uri = $"spotify:track:{Demo.Tracks[track].Id}",
        context_uri = context,
        started_at = startedAt.ToString("O"),
        ms_played = msPlayed,
        reason_end = "fwdbtn",
        shuffle,
    };

    private static async Task ReportAsync(HttpClient client, params object[] events) =>
        await (await client.PostAsJsonAsync("/v1/me/player/events", new { events })).ReadJsonAsync();

    [Fact]
    public async Task Before_any_play_nothing_is_playing()
    {
        var client = await factory.CreateUserClientAsync(Scopes);

        Assert.Equal(HttpStatusCode.NoContent, (await client.GetAsync("/v1/me/player/currently-playing")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.GetAsync("/v1/me/player")).StatusCode);
    }

    [Fact]
    public async Task The_play_that_ended_last_is_the_players_state_whatever_the_order_reported()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var now = DateTimeOffset.UtcNow;
        var album = $"spotify:album:{Demo.Albums[2].Id}";

        await ReportAsync(client,
            Play("late", 7, now.AddMinutes(-3), msPlayed: 95_000, context: album, shuffle: true),
            Play("early", 8, now.AddMinutes(-10), msPlayed: 60_000));
        await ReportAsync(client, Play("old", 9, now.AddMinutes(-20), msPlayed: 60_000));

        var current = await client.GetJsonAsync("/v1/me/player/currently-playing");
        JsonAssertions.AssertKeys(current, "actions", "context", "currently_playing_type", "is_playing", "item", "progress_ms", "timestamp");
        Assert.Equal(Demo.Tracks[7].Id, current.GetProperty("item").GetProperty("id").GetString());
        Assert.Equal(95_000, current.GetProperty("progress_ms").GetInt32());
        Assert.False(current.GetProperty("is_playing").GetBoolean());
        Assert.Equal(now.AddMinutes(-3).AddMilliseconds(95_000).ToUnixTimeMilliseconds(), current.GetProperty("timestamp").GetInt64());
        Assert.Equal(album, current.GetProperty("context").GetProperty("uri").GetString());
        Assert.Equal("track", current.GetProperty("currently_playing_type").GetString());

        var state = await client.GetJsonAsync("/v1/me/player");
        JsonAssertions.AssertKeys(state, "actions", "context", "currently_playing_type", "device", "is_playing", "item", "progress_ms", "repeat_state", "shuffle_state", "timestamp");
        Assert.True(state.GetProperty("shuffle_state").GetBoolean());
        Assert.Equal("off", state.GetProperty("repeat_state").GetString());
        Assert.True(state.GetProperty("device").GetProperty("is_restricted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, state.GetProperty("device").GetProperty("id").ValueKind);
        Assert.False(state.GetProperty("actions").GetProperty("pausing").GetBoolean());
    }

    [Fact]
    public async Task A_player_idle_for_more_than_half_an_hour_is_not_playing()
    {
        var client = await factory.CreateUserClientAsync(Scopes);

        await ReportAsync(client, Play("long-ago", 10, DateTimeOffset.UtcNow.AddMinutes(-45), msPlayed: 120_000));

        Assert.Equal(HttpStatusCode.NoContent, (await client.GetAsync("/v1/me/player/currently-playing")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.GetAsync("/v1/me/player")).StatusCode);
    }

    [Fact]
    public async Task Currently_playing_needs_its_own_scope()
    {
        var client = await factory.CreateUserClientAsync("user-read-playback-state");

        var response = await client.GetAsync("/v1/me/player/currently-playing");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
