namespace Spotify.Contracts.Playlists;

/// <param name="MadeForId">
/// The one user a playlist was made for (the platform's Discover Weekly, Daily Mixes): that user may
/// read and follow it even when it is private, though only its owner edits it. Null for the others.
/// </param>
[GenerateSerializer, Immutable, Alias("spotify.playlists.NewPlaylist")]
public sealed record NewPlaylist(string OwnerId, string Name, string Description, bool Public, bool Collaborative, string? MadeForId = null);
