namespace Spotify.Gateway.Objects;

/// <summary>Albums in the order asked for; an id with no album gives null in its place.</summary>
public sealed record SeveralAlbumsResponse(IReadOnlyList<AlbumObject?> Albums);
