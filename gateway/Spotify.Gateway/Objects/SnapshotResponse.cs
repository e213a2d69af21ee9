namespace Spotify.Gateway.Objects;

public sealed record SnapshotResponse(string SnapshotId);
