namespace Spotify.Gateway.Objects;

/// <summary>The Spotify Web API's play history object of recently played tracks.</summary>
public sealed record PlayHistoryObject(TrackObject Track, string PlayedAt, ContextObject? Context);
