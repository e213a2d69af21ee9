using System.Collections.Immutable;

namespace Spotify.Contracts.Listening;

/// <summary>
/// A user's listening history, keyed by the user's id, fed by the listening-history stream: the
/// recently played tracks and the top tracks and artists of each time range.
/// </summary>
[Alias("spotify.listening.IListeningHistoryGrain")]
public interface IListeningHistoryGrain : IGrainWithStringKey
{
    /// <summary>How many recent plays are kept for recently-played.</summary>
    const int MaxRecentPlays = 50;

    /// <summary>
    /// Recent plays, newest first: those played after <paramref name="after"/>, or before
    /// <paramref name="before"/>, or the newest when both are null.
    /// </summary>
    [Alias("GetRecentlyPlayedAsync")]
    Task<ImmutableArray<PlayedItem>> GetRecentlyPlayedAsync(DateTimeOffset? after, DateTimeOffset? before, int limit);

    [Alias("GetTopAsync")]
    Task<TopItemPage> GetTopAsync(TopItemKind kind, TimeRange range, int offset, int limit);
}
