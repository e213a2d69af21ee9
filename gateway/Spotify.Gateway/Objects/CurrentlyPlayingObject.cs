namespace Spotify.Gateway.Objects;

/// <summary>The Spotify Web API's currently-playing object.</summary>
public sealed record CurrentlyPlayingObject(
    ContextObject? Context,
    long Timestamp,
    int? ProgressMs,
    bool IsPlaying,
    TrackObject? Item,
    string CurrentlyPlayingType,
    PlaybackActionsObject Actions);
