using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Spotify.Contracts;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Library;
using Spotify.Contracts.MadeForYou;
using Spotify.Contracts.Playlists;
using Spotify.Contracts.Recommendations;
using Spotify.Contracts.Users;
using Spotify.Recommendations;

namespace Spotify.Grains.MadeForYou;

/// <summary>
/// Makes and refreshes the playlists the platform makes for one user: private playlists owned by
/// the platform user and made for this user, who follows them and so finds them among their
/// playlists. Two reminders refresh them; a refresh replaces the items and keeps the playlist.
/// </summary>
public sealed class MadeForYouGrain(
    [PersistentState("made-for-you", ProviderNames.UserStorage)] IPersistentState<MadeForYouState> state,
    IRecommendationScorer scorer,
    TimeProvider time,
    ILogger<MadeForYouGrain> logger)
    : Grain, IMadeForYouGrain, IRemindable
{
    private const string WeeklyReminder = "discover-weekly";
    private const string DailyReminder = "daily-mixes";

    private MadeForYouState Playlists => state.State;

    private string UserId => this.GetPrimaryKeyString();

    public async Task StartAsync()
    {
        if (Playlists.Started)
        {
            return;
        }
        try
        {
            var now = time.GetUtcNow();
            await this.RegisterOrUpdateReminder(WeeklyReminder, RefreshSchedule.UntilNextMonday(now, UserId), RefreshSchedule.Weekly);
            await this.RegisterOrUpdateReminder(DailyReminder, RefreshSchedule.UntilNextDay(now, UserId), RefreshSchedule.Daily);
            await RefreshDiscoverWeeklyAsync();
            await RefreshDailyMixesAsync();
        }
        catch (Exception exception)
        {
            // A one-way call has no caller to tell; the daily reminder, once set, makes what is missing.
            logger.LogError(exception, "Making the made-for-you playlists of user {UserId} failed", UserId);
            throw;
        }
        Playlists.Started = true;
        await state.WriteStateAsync();
        logger.LogInformation("Made-for-you playlists of user {UserId} made: {DailyMixCount} daily mixes", UserId, Playlists.ActiveDailyMixes);
    }

    public Task<MadeForYouPlaylists> GetPlaylistsAsync() =>
        Task.FromResult(new MadeForYouPlaylists(Playlists.DiscoverWeeklyId, [.. Playlists.DailyMixIds.Take(Playlists.ActiveDailyMixes)]));

    public Task ReceiveReminder(string reminderName, TickStatus status) => reminderName switch
    {
        WeeklyReminder => RefreshDiscoverWeeklyAsync(),
        DailyReminder => RefreshDailyAsync(),
        _ => IgnoreUnknownReminderAsync(reminderName),
    };

    public async Task RefreshDiscoverWeeklyAsync()
    {
        var tracks = await new DiscoverWeekly(GrainFactory, scorer).PickAsync(UserId, await TasteAsync());
        if (Playlists.DiscoverWeeklyId is null)
        {
            Playlists.DiscoverWeeklyId = await CreatePlaylistAsync(DiscoverWeekly.Name, DiscoverWeekly.Description);
            await state.WriteStateAsync();
        }
        await ReplaceItemsAsync(Playlists.DiscoverWeeklyId, tracks);
        logger.LogDebug("Discover Weekly of user {UserId} refreshed with {TrackCount} tracks", UserId, tracks.Length);
    }

    public async Task RefreshDailyMixesAsync()
    {
        var mixes = await new DailyMixes(GrainFactory, scorer).PickAsync(await TasteAsync());
        for (var index = 0; index < mixes.Length; index++)
        {
            var name = $"Daily Mix {index + 1}";
            if (index == Playlists.DailyMixIds.Count)
            {
                Playlists.DailyMixIds.Add(await CreatePlaylistAsync(name, mixes[index].Description));
                await state.WriteStateAsync();
            }
            else if (index >= Playlists.ActiveDailyMixes)
            {
                await FollowAsync(Playlists.DailyMixIds[index]);
            }
            await DescribeAsync(Playlists.DailyMixIds[index], name, mixes[index].Description);
            await ReplaceItemsAsync(Playlists.DailyMixIds[index], mixes[index].TrackIds);
        }
        foreach (var faded in Playlists.DailyMixIds.Take(Playlists.ActiveDailyMixes).Skip(mixes.Length))
        {
            await UnfollowAsync(faded);
            await ReplaceItemsAsync(faded, []);
        }
        if (Playlists.ActiveDailyMixes != mixes.Length)
        {
            Playlists.ActiveDailyMixes = mixes.Length;
            await state.WriteStateAsync();
        }
        logger.LogDebug("Daily mixes of user {UserId} refreshed: {Genres}", UserId, mixes.Select(mix => mix.Genre));
    }

    /// <summary>The daily refresh also makes a Discover Weekly that failed to be made at the start, rather than a week later.</summary>
    private async Task RefreshDailyAsync()
    {
        if (Playlists.DiscoverWeeklyId is null)
        {
            await RefreshDiscoverWeeklyAsync();
        }
        await RefreshDailyMixesAsync();
    }

    private Task IgnoreUnknownReminderAsync(string reminderName)
    {
        logger.LogWarning("Unknown reminder {ReminderName} of user {UserId} ignored", reminderName, UserId);
        return Task.CompletedTask;
    }

    private async Task<TasteProfile> TasteAsync()
    {
        var snapshot = await GrainFactory.GetGrain<IRecommendationProfileGrain>(UserId).GetTasteAsync();
        var taste = new TasteProfile();
        static void Copy(ImmutableDictionary<string, double> from, Dictionary<string, double> to)
        {
            foreach (var (id, value) in from)
            {
                to[id] = value;
            }
        }
        Copy(snapshot.Tracks, taste.Tracks);
        Copy(snapshot.Artists, taste.Artists);
        Copy(snapshot.Genres, taste.Genres);
        return taste;
    }

    private async Task<string> CreatePlaylistAsync(string name, string description)
    {
        var playlistId = SpotifyId.NewId();
        await GrainFactory.GetGrain<IPlaylistGrain>(playlistId).CreateAsync(
            new NewPlaylist(PlatformUser.Id, name, description, Public: false, Collaborative: false, MadeForId: UserId));
        await FollowAsync(playlistId);
        return playlistId;
    }

    private async Task FollowAsync(string playlistId)
    {
        await GrainFactory.GetGrain<IPlaylistGrain>(playlistId).FollowAsync(UserId);
        await GrainFactory.GetGrain<IUserLibraryGrain>(UserId).AddAsync(LibraryShelf.FollowedPlaylists, [playlistId], time.GetUtcNow());
    }

    private async Task UnfollowAsync(string playlistId)
    {
        await GrainFactory.GetGrain<IUserLibraryGrain>(UserId).RemoveAsync(LibraryShelf.FollowedPlaylists, [playlistId]);
        await GrainFactory.GetGrain<IPlaylistGrain>(playlistId).UnfollowAsync(UserId);
    }

    private async Task DescribeAsync(string playlistId, string name, string description)
    {
        var playlist = GrainFactory.GetGrain<IPlaylistGrain>(playlistId);
        var details = await playlist.GetAsync(UserId);
        if (details?.Name != name || details.Description != description)
        {
            await playlist.ChangeDetailsAsync(PlatformUser.Id, new PlaylistChanges(name, description, Public: null, Collaborative: null));
        }
    }

    private Task ReplaceItemsAsync(string playlistId, ImmutableArray<string> trackIds) =>
        GrainFactory.GetGrain<IPlaylistGrain>(playlistId).ReplaceItemsAsync(PlatformUser.Id, trackIds, time.GetUtcNow());
}
