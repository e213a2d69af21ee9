using Spotify.Contracts.Catalog;
using Spotify.Contracts.Listening;
using Spotify.Grains.Catalog;
using Spotify.Testing;

namespace Spotify.Grains.Tests;

/// <summary>Counted plays, as the listening-history stream delivers them, raise a track's popularity.</summary>
public sealed class TrackPopularityTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(10);

    private static ListeningEvent Play(string user, TrackDetails track, int minute, int msPlayed = 200_000, ReasonEnd reason = ReasonEnd.TrackDone) =>
        new($"{user}-{minute}", user, track.Id, track.Album.Id, [.. track.Artists.Select(artist => artist.Id)], track.DurationMs,
            null, DateTimeOffset.UtcNow.AddHours(-2).AddMinutes(minute), msPlayed, reason, false);

    private async Task<TrackDetails> NewTrackAsync(int popularity)
    {
        var track = CatalogSamples.Track() with { Popularity = popularity };
        await fixture.Grains.GetGrain<ITrackGrain>(track.Id).UpsertAsync(track);
        return track;
    }

    private Task<int> PopularityAsync(TrackDetails track, int expected) =>
        Eventually.GetAsync(
            async () => (await fixture.Grains.GetGrain<ITrackGrain>(track.Id).GetAsync())!.Popularity,
            popularity => popularity >= expected,
            Delivery);

    [Fact]
    public async Task Plays_heard_by_listeners_raise_popularity_and_a_retried_batch_counts_once()
    {
        var track = await NewTrackAsync(popularity: 0);
        var users = Enumerable.Range(0, 4).Select(_ => $"user-{Guid.NewGuid():N}").ToList();

        foreach (var user in users)
        {
            var plays = Enumerable.Range(0, 5).Select(minute => Play(user, track, minute * 4)).ToList();
            var player = fixture.Grains.GetGrain<IPlayerGrain>(user);
            await player.ReportAsync([.. plays]);
            await player.ReportAsync([.. plays, Play(user, track, 30, msPlayed: 5_000, reason: ReasonEnd.ForwardButton)]);
        }
        // Every batch applied (so any double count would already be on its way to the track) before popularity is read.
        foreach (var user in users)
        {
            await Eventually.GetAsync(
                () => fixture.Grains.GetGrain<IListeningHistoryGrain>(user).GetRecentlyPlayedAsync(null, null, 50),
                recent => recent.Length == 6,
                Delivery);
        }
        var popularity = await PopularityAsync(track, TrackPopularity.Of(0, 20));

        Assert.Equal(TrackPopularity.Of(0, 20), popularity);
        Assert.Equal(22, popularity);
    }

    [Fact]
    public async Task The_catalogs_popularity_is_the_floor()
    {
        var track = await NewTrackAsync(popularity: 60);
        var user = $"user-{Guid.NewGuid():N}";

        await fixture.Grains.GetGrain<IPlayerGrain>(user).ReportAsync([Play(user, track, 0)]);
        await Eventually.GetAsync(
            () => fixture.Grains.GetGrain<IListeningHistoryGrain>(user).GetRecentlyPlayedAsync(null, null, 1),
            plays => plays.Length == 1,
            Delivery);

        Assert.Equal(60, (await fixture.Grains.GetGrain<ITrackGrain>(track.Id).GetAsync())!.Popularity);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 5)]
    [InlineData(1_000, 50)]
    [InlineData(1_000_000, 100)]
    [InlineData(50_000_000, 100)]
    public void Popularity_grows_with_the_log_of_recent_plays(double plays, int expected) =>
        Assert.Equal(expected, TrackPopularity.Of(0, plays));
}
