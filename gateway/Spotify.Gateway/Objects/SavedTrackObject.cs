namespace Spotify.Gateway.Objects;

/// <summary>A saved track with when it was saved (ISO 8601, UTC).</summary>
public sealed record SavedTrackObject(string AddedAt, TrackObject Track);
