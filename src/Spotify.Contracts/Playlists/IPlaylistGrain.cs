using System.Collections.Immutable;

namespace Spotify.Contracts.Playlists;

/// <summary>
/// One playlist, keyed by its base62 id. Every method that reads or edits takes the calling user's
/// id and enforces who may: anyone reads a public playlist; only the owner, or on a collaborative
/// playlist its followers, edit the items; only the owner changes the details. Edits that name a
/// snapshot id apply only to that snapshot. Refusals throw <see cref="PlaylistEditRejectedException"/>.
/// </summary>
[Alias("spotify.playlists.IPlaylistGrain")]
public interface IPlaylistGrain : IGrainWithStringKey
{
    const int MaxItems = 10_000;
    const int MaxItemsPerEdit = 100;

    [Alias("CreateAsync")]
    Task<PlaylistDetails> CreateAsync(NewPlaylist playlist);

    /// <summary>The details, or null when the playlist does not exist or the caller may not see it.</summary>
    [Alias("GetAsync")]
    Task<PlaylistDetails?> GetAsync(string? callerId);

    [Alias("ChangeDetailsAsync")]
    Task<PlaylistDetails> ChangeDetailsAsync(string callerId, PlaylistChanges changes);

    [Alias("GetItemsAsync")]
    Task<PlaylistItemPage> GetItemsAsync(string? callerId, int offset, int limit);

    /// <summary>Inserts tracks at <paramref name="position"/>, or appends them when it is null.</summary>
    /// <returns>The new snapshot id.</returns>
    [Alias("AddItemsAsync")]
    Task<string> AddItemsAsync(string callerId, ImmutableArray<string> trackIds, int? position, DateTimeOffset addedAt);

    [Alias("RemoveItemsAsync")]
    Task<string> RemoveItemsAsync(string callerId, ImmutableArray<ItemRemoval> removals, string? snapshotId);

    [Alias("ReplaceItemsAsync")]
    Task<string> ReplaceItemsAsync(string callerId, ImmutableArray<string> trackIds, DateTimeOffset addedAt);

    /// <summary>Moves <paramref name="rangeLength"/> items from <paramref name="rangeStart"/> to before <paramref name="insertBefore"/>.</summary>
    [Alias("ReorderItemsAsync")]
    Task<string> ReorderItemsAsync(string callerId, int rangeStart, int insertBefore, int rangeLength, string? snapshotId);

    [Alias("FollowAsync")]
    Task FollowAsync(string userId);

    [Alias("UnfollowAsync")]
    Task UnfollowAsync(string userId);

    [Alias("GetFollowingAsync")]
    Task<ImmutableArray<bool>> GetFollowingAsync(ImmutableArray<string> userIds);
}
