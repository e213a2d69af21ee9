namespace Spotify.Gateway.Objects;

/// <summary>Tracks in the order asked for; an id with no track gives null in its place.</summary>
public sealed record SeveralTracksResponse(IReadOnlyList<TrackObject?> Tracks);
