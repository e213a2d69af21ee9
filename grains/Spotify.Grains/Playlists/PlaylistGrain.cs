using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Spotify.Contracts;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Playlists;
using Spotify.Search;

namespace Spotify.Grains.Playlists;

/// <summary>
/// A playlist's details, items and followers. Being one non-reentrant grain, it applies edits one
/// at a time, so concurrent adds all land and a reorder never interleaves with another edit.
/// Public playlists are kept in the search index, ranked by their followers.
/// </summary>
public sealed class PlaylistGrain(
    [PersistentState("playlist", ProviderNames.UserStorage)] IPersistentState<PlaylistState> state,
    ISearchIndex search,
    ILogger<PlaylistGrain> logger)
    : Grain, IPlaylistGrain
{
    private PlaylistState Playlist => state.State;

    public async Task<PlaylistDetails> CreateAsync(NewPlaylist playlist)
    {
        if (Playlist.OwnerId is not null)
        {
            throw new InvalidOperationException($"Playlist {this.GetPrimaryKeyString()} already exists.");
        }
        Playlist.OwnerId = playlist.OwnerId;
        Playlist.Name = playlist.Name;
        Playlist.Description = playlist.Description;
        Playlist.Public = playlist.Public;
        Playlist.Collaborative = playlist.Collaborative;
        Playlist.MadeForId = playlist.MadeForId;
        Playlist.SnapshotId = SpotifyId.NewId();
        Playlist.Followers.Add(playlist.OwnerId);
        await state.WriteStateAsync();
        await UpdateSearchAsync();
        logger.LogInformation("Playlist {PlaylistId} created by {UserId}", this.GetPrimaryKeyString(), playlist.OwnerId);
        return Details();
    }

    public Task<PlaylistDetails?> GetAsync(string? callerId) =>
        Task.FromResult(Playlist.OwnerId is not null && CanRead(callerId) ? Details() : null);

    public async Task<PlaylistDetails> ChangeDetailsAsync(string callerId, PlaylistChanges changes)
    {
        EnsureReadable(callerId);
        if (callerId != Playlist.OwnerId)
        {
            throw Rejected(PlaylistEditRejection.NotAllowed, "Only the playlist's owner can change its details");
        }
        var isPublic = changes.Public ?? Playlist.Public;
        var collaborative = changes.Collaborative ?? Playlist.Collaborative;
        if (isPublic && collaborative)
        {
            throw Rejected(PlaylistEditRejection.Invalid, "A collaborative playlist cannot be public");
        }
        Playlist.Name = changes.Name ?? Playlist.Name;
        Playlist.Description = changes.Description ?? Playlist.Description;
        Playlist.Public = isPublic;
        Playlist.Collaborative = collaborative;
        await state.WriteStateAsync();
        await UpdateSearchAsync();
        return Details();
    }

    public Task<PlaylistItemPage> GetItemsAsync(string? callerId, int offset, int limit)
    {
        EnsureReadable(callerId);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return Task.FromResult(new PlaylistItemPage([.. Playlist.Items.Skip(offset).Take(limit)], Playlist.Items.Count, Playlist.SnapshotId));
    }

    public async Task<string> AddItemsAsync(string callerId, ImmutableArray<string> trackIds, int? position, DateTimeOffset addedAt)
    {
        EnsureEditable(callerId);
        EnsureEditSize(trackIds.Length);
        if (Playlist.Items.Count + trackIds.Length > IPlaylistGrain.MaxItems)
        {
            throw Rejected(PlaylistEditRejection.Invalid, $"A playlist holds at most {IPlaylistGrain.MaxItems} items");
        }
        var at = position ?? Playlist.Items.Count;
        if (at < 0 || at > Playlist.Items.Count)
        {
            throw Rejected(PlaylistEditRejection.Invalid, $"position must be from 0 to {Playlist.Items.Count}");
        }
        Playlist.Items.InsertRange(at, trackIds.Select(trackId => new PlaylistItem(trackId, addedAt, callerId)));
        return await CommitAsync();
    }

    public async Task<string> RemoveItemsAsync(string callerId, ImmutableArray<ItemRemoval> removals, string? snapshotId)
    {
        EnsureEditable(callerId);
        EnsureSnapshot(snapshotId);
        EnsureEditSize(removals.Length);
        var doomed = new HashSet<int>();
        foreach (var removal in removals)
        {
            if (removal.Positions.IsEmpty)
            {
                doomed.UnionWith(Enumerable.Range(0, Playlist.Items.Count).Where(index => Playlist.Items[index].TrackId == removal.TrackId));
                continue;
            }
            foreach (var position in removal.Positions)
            {
                if (position < 0 || position >= Playlist.Items.Count || Playlist.Items[position].TrackId != removal.TrackId)
                {
                    throw Rejected(PlaylistEditRejection.Invalid, $"No {SpotifyUri.Track(removal.TrackId)} at position {position}");
                }
                doomed.Add(position);
            }
        }
        Playlist.Items = Playlist.Items.Where((_, index) => !doomed.Contains(index)).ToList();
        return await CommitAsync();
    }

    public async Task<string> ReplaceItemsAsync(string callerId, ImmutableArray<string> trackIds, DateTimeOffset addedAt)
    {
        EnsureEditable(callerId);
        EnsureEditSize(trackIds.Length);
        Playlist.Items = trackIds.Select(trackId => new PlaylistItem(trackId, addedAt, callerId)).ToList();
        return await CommitAsync();
    }

    public async Task<string> ReorderItemsAsync(string callerId, int rangeStart, int insertBefore, int rangeLength, string? snapshotId)
    {
        EnsureEditable(callerId);
        EnsureSnapshot(snapshotId);
        var count = Playlist.Items.Count;
        if (rangeLength < 1 || rangeStart < 0 || rangeStart + rangeLength > count || insertBefore < 0 || insertBefore > count)
        {
            throw Rejected(PlaylistEditRejection.Invalid,
                $"range_start, range_length and insert_before must lie within the playlist's {count} items");
        }
        PlaylistOrder.MoveRange(Playlist.Items, rangeStart, insertBefore, rangeLength);
        return await CommitAsync();
    }

    public async Task FollowAsync(string userId)
    {
        EnsureReadable(userId);
        if (Playlist.Followers.Add(userId))
        {
            await state.WriteStateAsync();
            await UpdateSearchAsync();
        }
    }

    public async Task UnfollowAsync(string userId)
    {
        if (Playlist.Followers.Remove(userId))
        {
            await state.WriteStateAsync();
            await UpdateSearchAsync();
        }
    }

    public Task<ImmutableArray<bool>> GetFollowingAsync(ImmutableArray<string> userIds) =>
        Task.FromResult(userIds.Select(Playlist.Followers.Contains).ToImmutableArray());

    private async Task<string> CommitAsync()
    {
        Playlist.SnapshotId = SpotifyId.NewId();
        await state.WriteStateAsync();
        return Playlist.SnapshotId;
    }

    private Task UpdateSearchAsync()
    {
        var id = this.GetPrimaryKeyString();
        return Playlist.Public
            ? search.IndexAsync([new SearchDocument(SearchItemType.Playlist, id, Playlist.Name, [], null, [], null, Playlist.Followers.Count)])
            : search.RemoveAsync(SearchItemType.Playlist, id);
    }

    private PlaylistDetails Details() => new(
        this.GetPrimaryKeyString(),
        Playlist.OwnerId!,
        Playlist.Name,
        Playlist.Description,
        Playlist.Public,
        Playlist.Collaborative,
        Playlist.SnapshotId,
        Playlist.Items.Count,
        Playlist.Followers.Count);

    private bool IsOwnerOrCollaborator(string? userId) =>
        userId is not null && (userId == Playlist.OwnerId || (Playlist.Collaborative && Playlist.Followers.Contains(userId)));

    /// <summary>
    /// Public playlists are listed for all to see; a collaborative one is open to whoever has its
    /// link, so that they can follow it and then edit it; one the platform made for a user is that user's to read.
    /// </summary>
    private bool CanRead(string? userId) =>
        Playlist.Public || Playlist.Collaborative || IsOwnerOrCollaborator(userId) || (userId is not null && userId == Playlist.MadeForId);

    private void EnsureReadable(string? callerId)
    {
        if (Playlist.OwnerId is null || !CanRead(callerId))
        {
            throw Rejected(PlaylistEditRejection.NotFound, $"Non existing id: '{SpotifyUri.Playlist(this.GetPrimaryKeyString())}'");
        }
    }

    private void EnsureEditable(string callerId)
    {
        EnsureReadable(callerId);
        if (!IsOwnerOrCollaborator(callerId))
        {
            throw Rejected(PlaylistEditRejection.NotAllowed, "Only the owner, or on a collaborative playlist its followers, can edit its items");
        }
    }

    private void EnsureSnapshot(string? snapshotId)
    {
        if (snapshotId is not null && snapshotId != Playlist.SnapshotId)
        {
            throw Rejected(PlaylistEditRejection.StaleSnapshot,
                $"The snapshot {snapshotId} is no longer current; read the playlist again and repeat the change");
        }
    }

    private static void EnsureEditSize(int count)
    {
        if (count > IPlaylistGrain.MaxItemsPerEdit)
        {
            throw Rejected(PlaylistEditRejection.Invalid, $"At most {IPlaylistGrain.MaxItemsPerEdit} items a request");
        }
    }

    private static PlaylistEditRejectedException Rejected(PlaylistEditRejection rejection, string message) => new(rejection, message);
}
