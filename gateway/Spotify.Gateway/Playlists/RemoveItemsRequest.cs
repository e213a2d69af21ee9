namespace Spotify.Gateway.Playlists;

public sealed record RemoveItemsRequest(IReadOnlyList<RemovedTrack>? Tracks, string? SnapshotId);
