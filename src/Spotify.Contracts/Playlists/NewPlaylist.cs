namespace Spotify.Contracts.Playlists;

[GenerateSerializer, Immutable, Alias("spotify.playlists.NewPlaylist")]
public sealed record NewPlaylist(string OwnerId, string Name, string Description, bool Public, bool Collaborative);
