namespace Spotify.Gateway.Objects;

public sealed record PlaylistObject(
    bool Collaborative,
    string Description,
    ExternalUrls ExternalUrls,
    FollowersObject Followers,
    string Href,
    string Id,
    IReadOnlyList<ImageObject> Images,
    string Name,
    PlaylistUserObject Owner,
    bool Public,
    string SnapshotId,
    PagingObject<PlaylistTrackObject> Tracks,
    string Type,
    string Uri);
