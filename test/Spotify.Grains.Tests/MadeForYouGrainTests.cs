using System.Collections.Immutable;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Library;
using Spotify.Contracts.Listening;
using Spotify.Contracts.MadeForYou;
using Spotify.Contracts.Playlists;
using Spotify.Contracts.Recommendations;
using Spotify.Contracts.Users;
using Spotify.Grains.Catalog.Demo;
using Spotify.Testing;

namespace Spotify.Grains.Tests;

/// <summary>Discover Weekly and the Daily Mixes over the demo catalog, fed by plays through the memory stream.</summary>
public sealed class MadeForYouGrainTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(10);
    private static readonly Catalog.CatalogBatch Demo = DemoCatalog.Build();
    private static readonly DateTimeOffset Start = DateTimeOffset.UtcNow.AddHours(-3);
    private readonly string _user = SpotifyId.NewId();

    private IGrainFactory Grains => fixture.Grains;

    private IMadeForYouGrain MadeForYou => Grains.GetGrain<IMadeForYouGrain>(_user);

    public async Task InitializeAsync() => await Grains.GetGrain<IDemoCatalogGrain>(IDemoCatalogGrain.SingletonKey).SeedIfEmptyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static string GenreOf(string trackId)
    {
        var track = Demo.Tracks.Single(candidate => candidate.Id == trackId);
        return Demo.Artists.Single(artist => artist.Id == track.Artists[0].Id).Genres[0];
    }

    private static List<TrackDetails> TracksOf(string genre) => [.. Demo.Tracks.Where(track => GenreOf(track.Id) == genre)];

    /// <summary>Plays the tracks to the end, four minutes apart, and waits until the user's taste holds them all.</summary>
    private async Task PlayAsync(IReadOnlyList<TrackDetails> tracks)
    {
        var plays = tracks.Select((track, index) => new ListeningEvent(
            $"{_user}-{index}", _user, track.Id, track.Album.Id, [.. track.Artists.Select(artist => artist.Id)], track.DurationMs, null,
            Start.AddMinutes(index * 4), track.DurationMs, ReasonEnd.TrackDone, false)).ToImmutableArray();
        await Grains.GetGrain<IPlayerGrain>(_user).ReportAsync(plays);
        await Eventually.GetAsync(
            () => Grains.GetGrain<IRecommendationProfileGrain>(_user).GetTasteAsync(), taste => taste.Tracks.Count == tracks.Count, Delivery);
    }

    /// <summary>Waits for the first fill that the user's first plays start.</summary>
    private Task<MadeForYouPlaylists> FirstFillAsync() =>
        Eventually.GetAsync(MadeForYou.GetPlaylistsAsync, playlists => playlists.DiscoverWeeklyId is not null && playlists.DailyMixIds.Length > 0, Delivery);

    private async Task<ImmutableArray<PlaylistItem>> ItemsAsync(string playlistId) =>
        (await Grains.GetGrain<IPlaylistGrain>(playlistId).GetItemsAsync(_user, 0, IPlaylistGrain.MaxItems)).Items;

    [Fact]
    public async Task Discover_weekly_holds_thirty_tracks_the_user_never_played_and_the_user_follows_it()
    {
        var played = TracksOf("jazz").Take(10).ToList();
        await PlayAsync(played);
        var playlistId = (await FirstFillAsync()).DiscoverWeeklyId!;

        await MadeForYou.RefreshDiscoverWeeklyAsync();

        var items = await ItemsAsync(playlistId);
        var details = await Grains.GetGrain<IPlaylistGrain>(playlistId).GetAsync(_user);
        Assert.Equal(30, items.Length);
        Assert.Equal(30, items.Select(item => item.TrackId).Distinct().Count());
        Assert.DoesNotContain(items, item => played.Any(track => track.Id == item.TrackId));
        Assert.All(items, item => Assert.Equal(PlatformUser.Id, item.AddedBy));
        Assert.Equal(("Discover Weekly", PlatformUser.Id, false), (details!.Name, details.OwnerId, details.Public));
        Assert.StartsWith("Your weekly mixtape of fresh music.", details.Description);
        var shelf = await Grains.GetGrain<IUserLibraryGrain>(_user).ContainsAsync(LibraryShelf.FollowedPlaylists, [playlistId]);
        Assert.Equal<bool>([true], shelf);
    }

    [Fact]
    public async Task A_refresh_keeps_the_playlist_and_gives_it_a_new_snapshot()
    {
        await PlayAsync(TracksOf("rock").Take(6).ToList());
        var first = await FirstFillAsync();
        var playlist = Grains.GetGrain<IPlaylistGrain>(first.DiscoverWeeklyId!);
        var before = (await playlist.GetAsync(_user))!;

        await MadeForYou.RefreshDiscoverWeeklyAsync();
        await MadeForYou.RefreshDailyMixesAsync();

        var after = (await playlist.GetAsync(_user))!;
        var again = await MadeForYou.GetPlaylistsAsync();
        Assert.Equal(first.DiscoverWeeklyId, again.DiscoverWeeklyId);
        Assert.Equal<string>(first.DailyMixIds, again.DailyMixIds);
        Assert.NotEqual(before.SnapshotId, after.SnapshotId);
        Assert.Equal(30, after.ItemCount);
    }

    [Fact]
    public async Task A_user_who_plays_two_genres_gets_a_daily_mix_of_each()
    {
        var jazz = TracksOf("jazz").Take(8).ToList();
        var folk = TracksOf("folk").Take(8).ToList();
        await PlayAsync([.. jazz, .. folk]);
        await FirstFillAsync();

        await MadeForYou.RefreshDailyMixesAsync();

        var mixIds = (await MadeForYou.GetPlaylistsAsync()).DailyMixIds;
        Assert.Equal(2, mixIds.Length);
        var mixes = new List<(string Name, string Description, List<string> Tracks)>();
        foreach (var mixId in mixIds)
        {
            var details = (await Grains.GetGrain<IPlaylistGrain>(mixId).GetAsync(_user))!;
            mixes.Add((details.Name, details.Description, [.. (await ItemsAsync(mixId)).Select(item => item.TrackId)]));
        }
        Assert.Equal(["Daily Mix 1", "Daily Mix 2"], mixes.Select(mix => mix.Name));
        Assert.Equal(["folk", "jazz"], mixes.Select(mix => GenreOf(mix.Tracks[0])).Order());
        Assert.All(mixes, mix =>
        {
            var genre = GenreOf(mix.Tracks[0]);
            var ownFavourites = (genre == "jazz" ? jazz : folk).Select(track => track.Id).ToList();
            Assert.All(mix.Tracks, trackId => Assert.Equal(genre, GenreOf(trackId)));
            Assert.InRange(mix.Tracks.Count, 20, 30);
            Assert.Equal(mix.Tracks.Count, mix.Tracks.Distinct().Count());
            Assert.Equal(ownFavourites.Order(), mix.Tracks.Where(ownFavourites.Contains).Order());
            Assert.EndsWith(" and more", mix.Description);
        });
    }

    [Fact]
    public async Task The_user_may_read_but_not_edit_a_playlist_made_for_them_and_others_may_not_read_it()
    {
        await PlayAsync(TracksOf("electronic").Take(5).ToList());
        var playlist = Grains.GetGrain<IPlaylistGrain>((await FirstFillAsync()).DiscoverWeeklyId!);
        var stranger = SpotifyId.NewId();
        var now = DateTimeOffset.UtcNow;

        var add = await Assert.ThrowsAsync<PlaylistEditRejectedException>(() => playlist.AddItemsAsync(_user, [Demo.Tracks[0].Id], null, now));
        var replace = await Assert.ThrowsAsync<PlaylistEditRejectedException>(() => playlist.ReplaceItemsAsync(_user, [], now));
        var rename = await Assert.ThrowsAsync<PlaylistEditRejectedException>(() =>
            playlist.ChangeDetailsAsync(_user, new PlaylistChanges("Mine now", null, null, null)));

        Assert.All([add, replace, rename], rejected => Assert.Equal(PlaylistEditRejection.NotAllowed, rejected.Rejection));
        Assert.NotNull(await playlist.GetAsync(_user));
        Assert.Null(await playlist.GetAsync(stranger));
        Assert.Equal(30, (await playlist.GetAsync(_user))!.ItemCount);
    }
}
