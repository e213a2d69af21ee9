namespace Spotify.Media.Signing;

public enum MediaUrlFailure
{
    /// <summary>Not a signed media path at all, or one whose parts break the path rules (e.g. "..").</summary>
    Malformed,

    /// <summary>Well formed, but the signature was not made with our secret for these parts.</summary>
    BadSignature,

    /// <summary>Signed by us, but its time is up.</summary>
    Expired,
}
