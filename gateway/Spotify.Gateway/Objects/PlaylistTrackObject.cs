namespace Spotify.Gateway.Objects;

/// <summary>A playlist item: the track (null when it left the catalog) with who added it and when.</summary>
public sealed record PlaylistTrackObject(string AddedAt, PlaylistUserObject AddedBy, bool IsLocal, TrackObject? Track);
