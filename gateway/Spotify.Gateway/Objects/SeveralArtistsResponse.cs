namespace Spotify.Gateway.Objects;

/// <summary>Artists in the order asked for; an id with no artist gives null in its place.</summary>
public sealed record SeveralArtistsResponse(IReadOnlyList<ArtistObject?> Artists);
