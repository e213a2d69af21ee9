namespace Spotify.Gateway.Objects;

/// <summary>The Spotify Web API's playback state object (<c>GET /v1/me/player</c>).</summary>
public sealed record PlaybackStateObject(
    DeviceObject Device,
    string RepeatState,
    bool ShuffleState,
    ContextObject? Context,
    long Timestamp,
    int? ProgressMs,
    bool IsPlaying,
    TrackObject? Item,
    string CurrentlyPlayingType,
    PlaybackActionsObject Actions);
