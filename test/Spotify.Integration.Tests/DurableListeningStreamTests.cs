using System.Collections.Immutable;
using System.Diagnostics;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Contracts;
using Spotify.Contracts.Listening;
using Spotify.Contracts.Recommendations;
using Spotify.Grains.Catalog.Demo;
using Spotify.Testing;
using Xunit.Abstractions;

namespace Spotify.Integration.Tests;

/// <summary>
/// The listening stream on PostgreSQL (<c>Spotify:Streams:Provider=AdoNet</c>) between two silo
/// processes: plays reach the listening history, and those in flight when a silo is killed arrive
/// once each all the same.
/// </summary>
public sealed class DurableListeningStreamTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(120);
    private static readonly DateTimeOffset FirstPlayStarted = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlyDictionary<string, string> StreamSettings = new Dictionary<string, string>
    {
        ["Spotify:Streams:Provider"] = "AdoNet",
        // What a killed silo had taken is delivered again this long after it took it; keeps the test short.
        ["Spotify:Streams:AdoNet:VisibilityTimeout"] = "00:00:05",
    };

    private static readonly ImmutableArray<TrackDetails> Tracks = [.. DemoCatalog.Build().Tracks.Take(7)];

    private readonly string _userId = SpotifyId.NewId();
    private SiloCluster _cluster = null!;
    private ClusterClient _client = null!;
    private int _playsMade;

    private IPlayerGrain Player => _client.Client.GetGrain<IPlayerGrain>(_userId);

    private IListeningHistoryGrain History => _client.Client.GetGrain<IListeningHistoryGrain>(_userId);

    public async Task InitializeAsync()
    {
        _cluster = await SiloCluster.StartAsync("durable-streams", siloCount: 2, StreamSettings);
        _client = await ClusterClient.ConnectAsync(_cluster, StreamSettings);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task Reported_plays_reach_the_listening_history_through_postgres_and_are_confirmed()
    {
        var plays = NextPlays(6);

        var stopwatch = Stopwatch.StartNew();
        var accepted = await Player.ReportAsync(plays);
        var recent = await Eventually.GetAsync(RecentlyPlayedAsync, items => items.Length == plays.Length, DeliveryTimeout);
        output.WriteLine($"{plays.Length} plays reported and in recently played after {stopwatch.ElapsedMilliseconds} ms");

        Assert.All(accepted, Assert.True);
        Assert.Equal(Expected(plays), Actual(recent));
        Assert.True(await _cluster.Database.ScalarAsync<long>(
            "SELECT pg_sequence_last_value(pg_get_serial_sequence('orleansstreammessage', 'messageid'))") >= 1);
        // Delivered batches are confirmed, which deletes them: nothing is left to deliver again.
        await Eventually.GetAsync(() => CountAsync("OrleansStreamMessage"), count => count == 0, DeliveryTimeout);
        Assert.Equal(0, await CountAsync("OrleansStreamDeadLetter"));
    }

    [Fact]
    public async Task Plays_in_flight_when_a_silo_is_killed_arrive_exactly_once()
    {
        var before = NextPlays(8);
        await Player.ReportAsync(before);
        await Eventually.GetAsync(RecentlyPlayedAsync, items => items.Length == before.Length, DeliveryTimeout);
        var victim = await HostOfAsync(History);

        var inFlight = new List<ListeningEvent>();
        for (var batch = 0; batch < 4; batch++)
        {
            var plays = NextPlays(5);
            await Player.ReportAsync(plays);
            inFlight.AddRange(plays);
        }
        await victim.Process.KillAsync();
        await _cluster.StartAdditionalSiloAsync();

        ImmutableArray<ListeningEvent> all = [.. before, .. inFlight];
        await Eventually.GetAsync(RecentlyPlayedOnceRecoveredAsync, items => items?.Length >= all.Length, RecoveryTimeout);
        // Once every batch is confirmed, none can be delivered again: the history is final.
        await Eventually.GetAsync(() => CountAsync("OrleansStreamMessage"), count => count == 0, RecoveryTimeout);
        var recent = await RecentlyPlayedAsync();
        var topTracks = await History.GetTopAsync(TopItemKind.Tracks, TimeRange.LongTerm, 0, 50);

        Assert.Equal(Expected(all), Actual(recent));
        Assert.Equal(all.Count(play => play.MsPlayed >= 30_000), topTracks.Items.Sum(track => track.Score), precision: 6);
        Assert.Equal(0, await CountAsync("OrleansStreamDeadLetter"));
    }

    [Fact]
    public async Task Recommendations_follow_the_durable_stream_and_a_batch_it_delivers_again_changes_nothing()
    {
        var jazz = Demo.Tracks.Where(track => GenreOf(track) == "jazz").ToList();
        var jazzIds = jazz.Select(track => track.Id).ToHashSet();
        ImmutableArray<ListeningEvent> plays = [.. jazz.Take(20).Select((track, n) => Heard(track, $"jazz-{n}", n))];

        await Player.ReportAsync(plays);
        var top = await Eventually.GetAsync(
            () => Profile.RecommendAsync(seeds: null, limit: 10),
            recommendations => recommendations.Count(item => jazzIds.Contains(item.TrackId)) >= 8,
            DeliveryTimeout);

        // The stream delivers the same batch again (as after a failure), then one play that leaves the taste as it is.
        var stream = _client.Client.GetStreamProvider(ProviderNames.ListeningStreams)
            .GetStream<ListeningEvent>(StreamId.Create(ListeningStreams.HistoryNamespace, _userId));
        await stream.OnNextBatchAsync(plays);
        var marker = Heard(Demo.Tracks[^1], "marker", 30) with { MsPlayed = 10_000, ReasonEnd = ReasonEnd.EndPlay };
        await stream.OnNextBatchAsync([marker]);
        await Eventually.GetAsync(RecentlyPlayedAsync, items => items.Any(item => item.TrackId == marker.TrackId), DeliveryTimeout);
        var afterReplay = await Profile.RecommendAsync(seeds: null, limit: 10);

        Assert.Equal(21, (await RecentlyPlayedAsync()).Length);
        Assert.Equal(top.Select(item => (item.TrackId, item.Score)), afterReplay.Select(item => (item.TrackId, item.Score)));

        var skipped = top.First(item => !plays.Any(play => play.TrackId == item.TrackId)).TrackId;
        var skippedTrack = Demo.Tracks.Single(track => track.Id == skipped);
        await Player.ReportAsync([
            Heard(skippedTrack, "skip-1", 40) with { MsPlayed = 3_000, ReasonEnd = ReasonEnd.ForwardButton },
            Heard(skippedTrack, "skip-2", 41) with { MsPlayed = 2_000, ReasonEnd = ReasonEnd.ForwardButton },
        ]);
        var rankBefore = top.Select(item => item.TrackId).ToList().IndexOf(skipped);
        var afterSkips = await Eventually.GetAsync(
            () => Profile.RecommendAsync(seeds: null, limit: 100),
            recommendations => recommendations.Select(item => item.TrackId).ToList().IndexOf(skipped) is var rank && (rank < 0 || rank > rankBefore + 5),
            DeliveryTimeout);
        Assert.DoesNotContain(skipped, afterSkips.Take(rankBefore + 1).Select(item => item.TrackId));
    }

    private static readonly Grains.Catalog.CatalogBatch Demo = DemoCatalog.Build();
    private static readonly DateTimeOffset RecentStart = DateTimeOffset.UtcNow.AddHours(-6);

    private static string GenreOf(TrackDetails track) => Demo.Artists.Single(artist => artist.Id == track.Artists[0].Id).Genres[0];

    private IRecommendationProfileGrain Profile => _client.Client.GetGrain<IRecommendationProfileGrain>(_userId);

    private ListeningEvent Heard(TrackDetails track, string eventId, int minute) => new(
        eventId, _userId, track.Id, track.Album.Id, [.. track.Artists.Select(artist => artist.Id)], track.DurationMs,
        ContextUri: null, RecentStart.AddMinutes(5 * minute), MsPlayed: 60_000, ReasonEnd.EndPlay, Shuffle: false);

    /// <summary>The next plays of the test user: every third one skipped after 10 s, which does not count, the others heard for a minute.</summary>
    private ImmutableArray<ListeningEvent> NextPlays(int count)
    {
        var plays = Enumerable.Range(_playsMade, count).Select(Play).ToImmutableArray();
        _playsMade += count;
        return plays;
    }

    private ListeningEvent Play(int number)
    {
        var track = Tracks[number % Tracks.Length];
        var skipped = number % 3 == 0;
        return new ListeningEvent(
            EventId: $"play-{number}",
            UserId: _userId,
            TrackId: track.Id,
            AlbumId: track.Album.Id,
            ArtistIds: [.. track.Artists.Select(artist => artist.Id)],
            TrackDurationMs: track.DurationMs,
            ContextUri: null,
            StartedAt: FirstPlayStarted.AddMinutes(5 * number),
            MsPlayed: skipped ? 10_000 : 60_000,
            ReasonEnd: skipped ? ReasonEnd.ForwardButton : ReasonEnd.EndPlay,
            Shuffle: false);
    }

    private static List<(string TrackId, DateTimeOffset PlayedAt)> Expected(IEnumerable<ListeningEvent> plays) =>
        [.. plays.Select(play => (play.TrackId, play.EndedAt)).Order()];

    private static List<(string TrackId, DateTimeOffset PlayedAt)> Actual(IEnumerable<PlayedItem> recent) =>
        [.. recent.Select(item => (item.TrackId, item.PlayedAt)).Order()];

    private Task<ImmutableArray<PlayedItem>> RecentlyPlayedAsync() =>
        History.GetRecentlyPlayedAsync(after: null, before: null, IListeningHistoryGrain.MaxRecentPlays);

    /// <summary>Null while calls fail because membership has not yet declared the killed silo dead.</summary>
    private async Task<ImmutableArray<PlayedItem>?> RecentlyPlayedOnceRecoveredAsync()
    {
        try
        {
            return await RecentlyPlayedAsync();
        }
        catch (Exception exception) when (exception is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException)
        {
            return null;
        }
    }

    private async Task<SiloInstance> HostOfAsync(IAddressable grain)
    {
        var host = await _client.Client.GetGrain<IManagementGrain>(0).GetActivationAddress(grain);
        Assert.NotNull(host);
        return _cluster.SiloListeningOn(host.Endpoint.Port);
    }

    private async Task<long> CountAsync(string table) =>
        await _cluster.Database.ScalarAsync<long>($"SELECT count(*) FROM {table}");
}
