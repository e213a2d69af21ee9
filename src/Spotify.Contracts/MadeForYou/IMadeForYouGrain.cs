using Orleans.Concurrency;

namespace Spotify.Contracts.MadeForYou;

/// <summary>
/// The playlists the platform makes for one user, keyed by the user's id: a Discover Weekly and a
/// Daily Mix per taste cluster. They are owned by the platform user (the user cannot edit them),
/// followed by the user, and refreshed by reminders: Discover Weekly every Monday, the Daily Mixes
/// every day. A refresh replaces a playlist's items and keeps its id.
/// </summary>
[Alias("spotify.madeforyou.IMadeForYouGrain")]
public interface IMadeForYouGrain : IGrainWithStringKey
{
    /// <summary>
    /// Makes the playlists and schedules their refreshes, the first time the user's taste exists;
    /// once that has succeeded, further calls do nothing. Fire and forget.
    /// </summary>
    [OneWay, Alias("StartAsync")]
    Task StartAsync();

    [Alias("GetPlaylistsAsync")]
    Task<MadeForYouPlaylists> GetPlaylistsAsync();

    /// <summary>What the weekly reminder does: picks this week's Discover Weekly, creating the playlist the first time.</summary>
    [Alias("RefreshDiscoverWeeklyAsync")]
    Task RefreshDiscoverWeeklyAsync();

    /// <summary>What the daily reminder does: one Daily Mix per current taste cluster; surplus mixes are emptied and unfollowed.</summary>
    [Alias("RefreshDailyMixesAsync")]
    Task RefreshDailyMixesAsync();
}
