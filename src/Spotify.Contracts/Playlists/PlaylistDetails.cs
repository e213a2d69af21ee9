namespace Spotify.Contracts.Playlists;

/// <summary>A playlist's details without its items; the snapshot id changes with every edit of the items.</summary>
[GenerateSerializer, Immutable, Alias("spotify.playlists.PlaylistDetails")]
public sealed record PlaylistDetails(
    string Id,
    string OwnerId,
    string Name,
    string Description,
    bool Public,
    bool Collaborative,
    string SnapshotId,
    int ItemCount,
    int FollowerCount);
