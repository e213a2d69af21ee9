namespace Spotify.Gateway.Objects;

/// <summary>Where a simplified playlist's items are and how many.</summary>
public sealed record PlaylistTracksRefObject(string Href, int Total);
