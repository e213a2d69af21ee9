namespace Spotify.Gateway.Objects;

public sealed record TopTracksResponse(IReadOnlyList<TrackObject> Tracks);
