namespace Spotify.Gateway.Objects;

/// <summary>A saved album with when it was saved (ISO 8601, UTC).</summary>
public sealed record SavedAlbumObject(string AddedAt, AlbumObject Album);
