namespace Spotify.Gateway.Playlists;

public sealed record TrackUrisResult(IReadOnlyList<string>? TrackIds, string Error);
