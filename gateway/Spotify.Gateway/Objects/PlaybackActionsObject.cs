namespace Spotify.Gateway.Objects;

/// <summary>
/// The Spotify Web API's playback actions: which remote-control actions the player allows. None,
/// here: the platform learns of plays from reports and cannot steer the app that made them.
/// </summary>
public sealed record PlaybackActionsObject(
    bool InterruptingPlayback,
    bool Pausing,
    bool Resuming,
    bool Seeking,
    bool SkippingNext,
    bool SkippingPrev,
    bool TogglingRepeatContext,
    bool TogglingShuffle,
    bool TogglingRepeatTrack,
    bool TransferringPlayback)
{
    public static readonly PlaybackActionsObject NoneAllowed = new(false, false, false, false, false, false, false, false, false, false);
}
