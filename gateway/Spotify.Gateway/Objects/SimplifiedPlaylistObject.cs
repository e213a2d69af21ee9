namespace Spotify.Gateway.Objects;

public sealed record SimplifiedPlaylistObject(
    bool Collaborative,
    string Description,
    ExternalUrls ExternalUrls,
    string Href,
    string Id,
    IReadOnlyList<ImageObject> Images,
    string Name,
    PlaylistUserObject Owner,
    bool Public,
    string SnapshotId,
    PlaylistTracksRefObject Tracks,
    string Type,
    string Uri);
