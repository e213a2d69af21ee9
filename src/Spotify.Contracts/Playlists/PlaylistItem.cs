namespace Spotify.Contracts.Playlists;

[GenerateSerializer, Immutable, Alias("spotify.playlists.PlaylistItem")]
public sealed record PlaylistItem(string TrackId, DateTimeOffset AddedAt, string AddedBy);
