namespace Spotify.Media.Analysis;

/// <summary>The file is not audio this platform can take: no audio stream, unreadable, corrupt or empty.</summary>
/// <param name="reason">A sentence a person who uploaded the file can act on.</param>
public sealed class UnsupportedAudioException(string reason, Exception? innerException = null)
    : Exception(reason, innerException);
