namespace Spotify.Contracts.Listening;

/// <summary>Why a play ended, as Spotify's clients report it (<c>reason_end</c>).</summary>
public enum ReasonEnd
{
    /// <summary>"trackdone": the track played to its end.</summary>
    TrackDone,

    /// <summary>"fwdbtn": the listener skipped forward.</summary>
    ForwardButton,

    /// <summary>"backbtn": the listener went back.</summary>
    BackButton,

    /// <summary>"endplay": playback was stopped, or another item was started.</summary>
    EndPlay,

    /// <summary>"clickrow" or "playbtn": the listener picked something else to play.</summary>
    Picked,

    /// <summary>"logout", "remote", "trackerror", "unexpected-exit" and the like: playback ended for another reason.</summary>
    Interrupted,
}
