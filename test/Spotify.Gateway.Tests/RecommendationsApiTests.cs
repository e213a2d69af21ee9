using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Spotify.Contracts.Catalog;
using Spotify.Grains.Catalog.Demo;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>Recommendations over the demo catalog, fed by plays through the Embedded profile's memory stream.</summary>
public sealed class RecommendationsApiTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string Scopes = "user-modify-playback-state user-read-recently-played";
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(10);
    private static readonly Grains.Catalog.CatalogBatch Demo = DemoCatalog.Build();

    private static IEnumerable<TrackDetails> TracksOf(string genre) =>
        Demo.Tracks.Where(track => GenreOf(track) == genre);

    private static string GenreOf(TrackDetails track) => Demo.Artists.Single(artist => artist.Id == track.Artists[0].Id).Genres[0];

    private static string GenreOf(string trackId) => GenreOf(Demo.Tracks.Single(track => track.Id == trackId));

    private static object Play(string eventId, TrackDetails track, DateTimeOffset startedAt, int msPlayed = 200_000, string reason = "trackdone") => new
    {
        event_id = eventId,
        track_uri = $"spotify:track:{track.Id}",
        started_at = startedAt.ToString("O"),
        ms_played = msPlayed,
        reason_end = reason,
    };

    private static async Task ReportAsync(HttpClient client, IEnumerable<object> events) =>
        await (await client.PostAsJsonAsync("/v1/me/player/events", new { events })).ReadJsonAsync();

    private static List<JsonElement> Tracks(JsonElement recommendations) => [.. recommendations.GetProperty("tracks").EnumerateArray()];

    private static List<string?> Ids(JsonElement recommendations) => [.. Tracks(recommendations).Select(track => track.GetProperty("id").GetString())];

    [Fact]
    public async Task Twenty_plays_of_one_genre_make_it_dominate_the_top_ten_and_a_replay_changes_nothing()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var now = DateTimeOffset.UtcNow;
        var plays = TracksOf("jazz").Take(20).Select((track, i) => Play($"jazz-{i}", track, now.AddMinutes(-120 + i * 4))).ToList();

        await ReportAsync(client, plays);
        var top = await Eventually.GetAsync(
            () => client.GetJsonAsync("/v1/recommendations?limit=10"),
            result => Ids(result).Count(id => GenreOf(id!) == "jazz") >= 8,
            Delivery);
        await ReportAsync(client, plays);
        await Eventually.GetAsync(() => client.GetJsonAsync("/v1/me/player/recently-played"), page => page.GetProperty("total").GetInt32() == 20, Delivery);
        var afterReplay = await client.GetJsonAsync("/v1/recommendations?limit=10");

        Assert.Equal(10, Tracks(top).Count);
        Assert.All(Tracks(top), track => Assert.False(string.IsNullOrEmpty(track.GetProperty("reason").GetString())));
        Assert.Equal(Ids(top), Ids(afterReplay));
        JsonAssertions.AssertKeys(top, "seeds", "tracks");
    }

    [Fact]
    public async Task Early_skips_push_a_track_down()
    {
        var client = await factory.CreateUserClientAsync(Scopes);
        var now = DateTimeOffset.UtcNow;
        var jazz = TracksOf("jazz").ToList();
        await ReportAsync(client, jazz.Take(10).Select((track, i) => Play($"like-{i}", track, now.AddMinutes(-100 + i * 4))));
        var before = await Eventually.GetAsync(
            () => client.GetJsonAsync("/v1/recommendations?limit=100"),
            result => Ids(result).Contains(jazz[15].Id) && Ids(result).Take(10).All(id => GenreOf(id!) == "jazz"),
            Delivery);

        await ReportAsync(client,
        [
            Play("skip-1", jazz[15], now.AddMinutes(-30), msPlayed: 3_000, reason: "fwdbtn"),
            Play("skip-2", jazz[15], now.AddMinutes(-20), msPlayed: 2_000, reason: "fwdbtn"),
        ]);
        var after = await Eventually.GetAsync(
            () => client.GetJsonAsync("/v1/recommendations?limit=100"),
            result => Ids(result).IndexOf(jazz[15].Id) is var rank && (rank < 0 || rank > Ids(before).IndexOf(jazz[15].Id)),
            Delivery);

        var rankBefore = Ids(before).IndexOf(jazz[15].Id);
        var rankAfter = Ids(after).IndexOf(jazz[15].Id);
        Assert.True(rankAfter < 0 || rankAfter > rankBefore + 5, $"rank went from {rankBefore} to {rankAfter}");
    }

    [Fact]
    public async Task Saving_tracks_of_a_genre_steers_recommendations_to_it_without_a_play()
    {
        var client = await factory.CreateUserClientAsync("user-library-modify");
        var saved = TracksOf("electronic").Take(4).Select(track => track.Id).ToList();

        var response = await client.PutAsJsonAsync("/v1/me/tracks", new { ids = saved });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await Eventually.GetAsync(
            () => client.GetJsonAsync("/v1/recommendations?limit=10"),
            recommendations => Ids(recommendations).Count(id => GenreOf(id!) == "electronic") >= 8,
            Delivery);

        Assert.Equal(10, Tracks(result).Count);
        Assert.Contains(Tracks(result), track => track.GetProperty("reason").GetString()!.Contains("electronic", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Tracks_played_together_are_recommended_because_you_played_the_other()
    {
        var now = DateTimeOffset.UtcNow;
        var jazzTrack = TracksOf("jazz").ElementAt(2);
        var folkTrack = TracksOf("folk").ElementAt(3);
        for (var listener = 0; listener < 3; listener++)
        {
            var other = await factory.CreateUserClientAsync(Scopes);
            await ReportAsync(other, [Play("a", jazzTrack, now.AddMinutes(-20)), Play("b", folkTrack, now.AddMinutes(-16))]);
        }
        var client = await factory.CreateUserClientAsync(Scopes);

        await ReportAsync(client, [Play("only", jazzTrack, now.AddMinutes(-10))]);
        var result = await Eventually.GetAsync(
            () => client.GetJsonAsync("/v1/recommendations?limit=100"),
            result => Tracks(result).Any(track => track.GetProperty("id").GetString() == folkTrack.Id
                && track.GetProperty("reason").GetString()!.StartsWith("Because you played", StringComparison.Ordinal)),
            Delivery);

        var recommended = Tracks(result).Single(track => track.GetProperty("id").GetString() == folkTrack.Id);
        Assert.Equal($"Because you played {jazzTrack.Name}", recommended.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Seeds_steer_recommendations_for_a_client_token()
    {
        var client = await factory.CreateClientWithTokenAsync();
        var artist = Demo.Artists.First(a => a.Genres.Contains("rock"));

        var byGenre = await client.GetJsonAsync("/v1/recommendations?seed_genres=rock&limit=15");
        var byArtist = await client.GetJsonAsync($"/v1/recommendations?seed_artists={artist.Id}&limit=5");
        var genres = await client.GetJsonAsync("/v1/recommendations/available-genre-seeds");

        Assert.Equal(15, Tracks(byGenre).Count);
        Assert.All(Ids(byGenre), id => Assert.Equal("rock", GenreOf(id!)));
        var seed = Assert.Single(byGenre.GetProperty("seeds").EnumerateArray());
        JsonAssertions.AssertKeys(seed, "afterFilteringSize", "afterRelinkingSize", "href", "id", "initialPoolSize", "type");
        Assert.Equal("GENRE", seed.GetProperty("type").GetString());
        Assert.All(Tracks(byArtist), track => Assert.Equal(artist.Id, track.GetProperty("artists")[0].GetProperty("id").GetString()));
        Assert.Equal(Demo.Artists.SelectMany(a => a.Genres).Distinct().Order(StringComparer.Ordinal),
            genres.GetProperty("genres").EnumerateArray().Select(genre => genre.GetString()));
    }

    [Theory]
    [InlineData("/v1/recommendations", HttpStatusCode.BadRequest, "Give seed_tracks")]
    [InlineData("/v1/recommendations?seed_genres=rock,jazz,folk,classical,electronic,rock", HttpStatusCode.BadRequest, "Too many seeds")]
    [InlineData("/v1/recommendations?seed_genres=polka", HttpStatusCode.BadRequest, "Invalid genre seed 'polka'")]
    [InlineData("/v1/recommendations?seed_tracks=nope", HttpStatusCode.BadRequest, "Invalid base62 id")]
    [InlineData("/v1/recommendations?seed_tracks=0000000000000000000000", HttpStatusCode.NotFound, "Non existing id")]
    [InlineData("/v1/recommendations?seed_genres=rock&limit=101", HttpStatusCode.BadRequest, "Invalid limit")]
    public async Task Bad_seeds_are_refused(string url, HttpStatusCode status, string message)
    {
        var client = await factory.CreateClientWithTokenAsync();

        var error = await (await client.GetAsync(url)).AssertErrorAsync(status);

        Assert.StartsWith(message, error);
    }
}
