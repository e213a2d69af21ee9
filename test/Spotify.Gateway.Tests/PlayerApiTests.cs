using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Spotify.Grains.Catalog.Demo;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>Reporting plays and reading them back as recently played and top items (Embedded, memory streams).</summary>
public sealed class PlayerApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string Scopes = "user-modify-playback-state user-read-recently-played user-top-read";
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(10);
    private static readonly Grains.Catalog.CatalogBatch Demo = DemoCatalog.Build();

    private static object Play(string eventId, int track, DateTimeOffset startedAt, int msPlayed = 180_000, string reason = "trackdone", string? context = null) => new
    {
        event_id = eventId,
        track_uri = $"spotify:track:{Demo.Tracks[track].Id}",
        context_uri = context,
        started_at = startedAt.ToString("O"),
        ms_played = msPlayed,
        reason_end = reason,
        shuffle = false,
    };

    private static async Task<JsonElement> ReportAsync(HttpClient client, params object[] events) =>
        await (await client.PostAsJsonAsync("/v1/me/player/events", new { events })).ReadJsonAsync();

    private static async Task<JsonElement> RecentlyPlayedAsync(HttpClient client, int count, string query = "") =>
        await Eventually.GetAsync(
            () => client.GetJsonAsync($"/v1/me/player/recently-played{query}"),
            page => page.GetProperty("total").GetInt32() >= count,
            Delivery);

    [Fact]
    public async Task Valid_plays_are_accepted_and_each_bad_one_is_refused_with_its_reason()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var now = DateTimeOffset.UtcNow;

        var result = await ReportAsync(client,
            Play("a", 0, now.AddMinutes(-30), context: $"spotify:album:{Demo.Albums[0].Id}"),
            Play("b", 1, now.AddHours(1)),
            Play("c", 2, now.AddMinutes(-20), msPlayed: -5),
            new { event_id = "d", track_uri = "spotify:track:0000000000000000000000", started_at = now.AddMinutes(-10).ToString("O"), ms_played = 1000, reason_end = "trackdone" },
            Play("e", 3, now.AddMinutes(-5), reason: "bored"),
            "not an object",
            Play("f", 4, now.AddMinutes(-3), msPlayed: 20_000, reason: "fwdbtn"));

        Assert.Equal(2, result.GetProperty("accepted").GetInt32());
        Assert.Equal(0, result.GetProperty("duplicates").GetInt32());
        var rejected = result.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4, 5], rejected.Select(item => item.GetProperty("index").GetInt32()));
        Assert.StartsWith("started_at: in the future", rejected[0].GetProperty("reason").GetString());
        Assert.StartsWith("ms_played", rejected[1].GetProperty("reason").GetString());
        Assert.StartsWith("track_uri: non existing id", rejected[2].GetProperty("reason").GetString());
        Assert.StartsWith("reason_end", rejected[3].GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, rejected[4].GetProperty("event_id").ValueKind);

        var recent = await RecentlyPlayedAsync(client, 2);
        JsonAssertions.AssertKeys(recent, "cursors", "href", "items", "limit", "next", "total");
        var items = recent.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([Demo.Tracks[4].Id, Demo.Tracks[0].Id], items.Select(item => item.GetProperty("track").GetProperty("id").GetString()));
        JsonAssertions.AssertKeys(items[1], "context", "played_at", "track");
        Assert.Equal($"spotify:album:{Demo.Albums[0].Id}", items[1].GetProperty("context").GetProperty("uri").GetString());
        Assert.Equal(JsonValueKind.Null, items[0].GetProperty("context").ValueKind);
    }

    [Fact]
    public async Task A_retried_batch_is_not_counted_twice()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var now = DateTimeOffset.UtcNow;
        object[] batch = [Play("one", 5, now.AddMinutes(-9)), Play("two", 6, now.AddMinutes(-6)), Play("three", 5, now.AddMinutes(-3))];

        var first = await ReportAsync(client, batch);
        var again = await ReportAsync(client, batch);
        await RecentlyPlayedAsync(client, 3);
        var top = await client.GetJsonAsync("/v1/me/top/tracks?time_range=short_term");

        Assert.Equal(3, first.GetProperty("accepted").GetInt32());
        Assert.Equal(0, again.GetProperty("accepted").GetInt32());
        Assert.Equal(3, again.GetProperty("duplicates").GetInt32());
        Assert.Equal(3, (await client.GetJsonAsync("/v1/me/player/recently-played")).GetProperty("total").GetInt32());
        Assert.Equal([Demo.Tracks[5].Id, Demo.Tracks[6].Id], top.GetProperty("items").EnumerateArray().Select(track => track.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Recently_played_pages_backwards_through_the_before_cursor()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var now = DateTimeOffset.UtcNow;
        await ReportAsync(client, [.. Enumerable.Range(0, 5).Select(i => Play($"p{i}", 10 + i, now.AddMinutes(-50 + i * 5)))]);
        await RecentlyPlayedAsync(client, 5);

        var seen = new List<string?>();
        string? next = "/v1/me/player/recently-played?limit=2";
        while (next is not null)
        {
            var page = await client.GetJsonAsync(next);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("track").GetProperty("id").GetString()));
            next = page.GetProperty("next").GetString();
        }

        Assert.Equal(Enumerable.Range(0, 5).Reverse().Select(i => Demo.Tracks[10 + i].Id), seen);
    }

    [Fact]
    public async Task Top_artists_rank_by_plays_heard_and_skips_do_not_count()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var now = DateTimeOffset.UtcNow;
        var loved = Demo.Tracks.First(track => track.Artists[0].Id == Demo.Artists[3].Id);
        var skipped = Demo.Tracks.First(track => track.Artists[0].Id == Demo.Artists[7].Id);
        int Index(Contracts.Catalog.TrackDetails track) => Demo.Tracks.IndexOf(track);

        await ReportAsync(client,
            Play("l1", Index(loved), now.AddMinutes(-40)), Play("l2", Index(loved), now.AddMinutes(-30)),
            Play("s1", Index(skipped), now.AddMinutes(-20), msPlayed: 4_000, reason: "fwdbtn"));
        await RecentlyPlayedAsync(client, 3);
        var artists = await client.GetJsonAsync("/v1/me/top/artists");

        JsonAssertions.AssertKeys(artists, "href", "items", "limit", "next", "offset", "previous", "total");
        Assert.Equal([Demo.Artists[3].Id], artists.GetProperty("items").EnumerateArray().Select(artist => artist.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Accepted_plays_are_archived_once_each()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var me = (await client.GetJsonAsync("/v1/me")).GetProperty("id").GetString();
        var now = DateTimeOffset.UtcNow;
        object[] batch = [Play("arch-1", 20, now.AddMinutes(-8)), Play("arch-2", 21, now.AddMinutes(-4))];

        await ReportAsync(client, batch);
        await ReportAsync(client, batch);
        var archive = new Recommendations.Archive.FileListeningArchive(factory.ArchiveDirectory);
        var archived = await Eventually.GetAsync(
            async () => await archive.ReadAsync(now.AddHours(-1), now.AddHours(1)).Where(play => play.EventId.StartsWith("arch-", StringComparison.Ordinal)).ToListAsync(),
            plays => plays.Count >= 2,
            Delivery);

        Assert.Equal(["arch-1", "arch-2"], archived.Select(play => play.EventId));
        Assert.Equal([Demo.Tracks[20].Id, Demo.Tracks[21].Id], archived.Select(play => play.TrackId));
        Assert.All(archived, play => Assert.Equal(me, play.UserId));
    }

    [Theory]
    [InlineData("/v1/me/top/songs", "type must be tracks or artists")]
    [InlineData("/v1/me/top/tracks?time_range=forever", "time_range must be")]
    [InlineData("/v1/me/player/recently-played?after=1&before=2", "Give only one of after and before")]
    [InlineData("/v1/me/player/recently-played?before=yesterday", "Invalid cursor")]
    [InlineData("/v1/me/player/recently-played?limit=51", "Invalid limit")]
    public async Task Bad_parameters_are_400s(string url, string message)
    {
        var client = await factory.CreateUserClientAsync(Scopes);

        var error = await (await client.GetAsync(url)).AssertErrorAsync(HttpStatusCode.BadRequest);

        Assert.StartsWith(message, error);
    }

    [Fact]
    public async Task A_batch_without_one_valid_event_is_a_400()
    {
        var client = await factory.CreateUserClientAsync(Scopes);

        var empty = await (await client.PostAsJsonAsync("/v1/me/player/events", new { events = Array.Empty<object>() })).AssertErrorAsync(HttpStatusCode.BadRequest);
        var allBad = await (await client.PostAsJsonAsync("/v1/me/player/events", new { events = new[] { new { event_id = "x" } } }))
            .AssertErrorAsync(HttpStatusCode.BadRequest);

        Assert.StartsWith("events: an array of 1 to 50", empty);
        Assert.StartsWith("No event was accepted: events[0].track_uri", allBad);
    }
}
