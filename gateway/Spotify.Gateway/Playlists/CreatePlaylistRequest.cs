namespace Spotify.Gateway.Playlists;

/// <summary>The body of <c>POST /v1/me/playlists</c>; public by default, as Spotify's.</summary>
public sealed record CreatePlaylistRequest(string? Name, bool? Public, bool? Collaborative, string? Description);
