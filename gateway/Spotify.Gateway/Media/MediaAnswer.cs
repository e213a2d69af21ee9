namespace Spotify.Gateway.Media;

/// <summary>How a GET or HEAD of a media file is answered (see <see cref="MediaRequestPlan"/>).</summary>
public enum MediaAnswer
{
    /// <summary>200 with the whole file.</summary>
    Whole,

    /// <summary>206 with one byte range.</summary>
    Range,

    /// <summary>304: the client's copy is current.</summary>
    NotModified,

    /// <summary>416: the range starts past the end of the file.</summary>
    RangeNotSatisfiable,
}
