namespace Spotify.Gateway.Playlists;

public sealed record RemovedTrack(string? Uri, IReadOnlyList<int>? Positions);
