using System.Collections.Immutable;
using Spotify.Contracts;
using Spotify.Contracts.Listening;
using Spotify.Testing;

namespace Spotify.Grains.Tests;

/// <summary>Plays reported to a user's player reach the user's history through the memory stream.</summary>
public sealed class ListeningHistoryTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow.AddHours(-3);

    private static ListeningEvent Play(string user, string track, int minute, int msPlayed = 200_000, ReasonEnd reason = ReasonEnd.TrackDone, string artist = "artist-a") =>
        new($"{user}-{track}-{minute}", user, track, "album-1", [artist], 210_000, null, Start.AddMinutes(minute), msPlayed, reason, false);

    private static string NewUser() => $"user-{Guid.NewGuid():N}";

    private Task<ImmutableArray<PlayedItem>> RecentAsync(string user) =>
        fixture.Grains.GetGrain<IListeningHistoryGrain>(user).GetRecentlyPlayedAsync(null, null, 50);

    [Fact]
    public async Task Reported_plays_appear_in_recently_played_newest_first()
    {
        var user = NewUser();
        var player = fixture.Grains.GetGrain<IPlayerGrain>(user);

        await player.ReportAsync([Play(user, "t1", 0), Play(user, "t2", 5)]);
        await player.ReportAsync([Play(user, "t3", 10)]);
        var recent = await Eventually.GetAsync(() => RecentAsync(user), plays => plays.Length == 3, Delivery);

        Assert.Equal(["t3", "t2", "t1"], recent.Select(play => play.TrackId));
        Assert.Equal(Start.AddMinutes(10).AddMilliseconds(200_000), recent[0].PlayedAt);
    }

    [Fact]
    public async Task A_retried_batch_is_recognised_and_changes_nothing()
    {
        var user = NewUser();
        var player = fixture.Grains.GetGrain<IPlayerGrain>(user);
        ImmutableArray<ListeningEvent> batch = [Play(user, "t1", 0), Play(user, "t2", 5)];

        var first = await player.ReportAsync(batch);
        var retried = await player.ReportAsync([.. batch, Play(user, "t3", 10)]);
        await Eventually.GetAsync(() => RecentAsync(user), plays => plays.Length >= 3, Delivery);
        var top = await fixture.Grains.GetGrain<IListeningHistoryGrain>(user).GetTopAsync(TopItemKind.Tracks, TimeRange.LongTerm, 0, 10);

        Assert.Equal<bool>([true, true], first);
        Assert.Equal<bool>([false, false, true], retried);
        Assert.Equal(3, (await RecentAsync(user)).Length);
        Assert.All(top.Items, item => Assert.Equal(1, item.Score, precision: 6));
    }

    [Fact]
    public async Task An_event_the_stream_delivers_twice_is_applied_once()
    {
        var user = NewUser();
        var stream = fixture.Cluster.Client.GetStreamProvider(ProviderNames.ListeningStreams)
            .GetStream<ListeningEvent>(StreamId.Create(ListeningStreams.HistoryNamespace, user));
        var play = Play(user, "t1", 0);

        await stream.OnNextAsync(play);
        await stream.OnNextAsync(play);
        await stream.OnNextAsync(Play(user, "t2", 5));
        await Eventually.GetAsync(() => RecentAsync(user), plays => plays.Any(p => p.TrackId == "t2"), Delivery);

        Assert.Equal(["t2", "t1"], (await RecentAsync(user)).Select(p => p.TrackId));
    }

    [Fact]
    public async Task Top_items_count_plays_heard_for_30_seconds_ranked_by_plays()
    {
        var user = NewUser();
        var player = fixture.Grains.GetGrain<IPlayerGrain>(user);
        var history = fixture.Grains.GetGrain<IListeningHistoryGrain>(user);

        await player.ReportAsync(
        [
            Play(user, "often", 0), Play(user, "often", 4), Play(user, "often", 8),
            Play(user, "once", 12, artist: "artist-b"),
            Play(user, "skipped", 16, msPlayed: 5_000, reason: ReasonEnd.ForwardButton, artist: "artist-c"),
            Play(user, "skipped", 20, msPlayed: 9_000, reason: ReasonEnd.ForwardButton, artist: "artist-c"),
        ]);
        await Eventually.GetAsync(() => RecentAsync(user), plays => plays.Length == 6, Delivery);
        var tracks = await history.GetTopAsync(TopItemKind.Tracks, TimeRange.ShortTerm, 0, 10);
        var artists = await history.GetTopAsync(TopItemKind.Artists, TimeRange.MediumTerm, 0, 10);

        Assert.Equal(["often", "once"], tracks.Items.Select(item => item.Id));
        Assert.Equal(2, tracks.Total);
        // Three plays, a few hours old: a fortnight's half-life has barely touched them.
        Assert.InRange(tracks.Items[0].Score, 2.9, 3.0);
        Assert.Equal(["artist-a", "artist-b"], artists.Items.Select(item => item.Id));
    }
}
