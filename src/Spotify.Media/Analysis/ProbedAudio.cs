namespace Spotify.Media.Analysis;

/// <summary>What ffprobe says about a file's container and its first audio stream.</summary>
/// <param name="Container">ffprobe's format name, such as <c>ogg</c>, <c>mp3</c> or <c>mov,mp4,m4a,3gp,3g2,mj2</c>.</param>
/// <param name="Codec">ffprobe's codec name, such as <c>vorbis</c>, <c>aac</c> or <c>flac</c>.</param>
/// <param name="BitRate">Bits per second of the whole file (its size over its duration) when ffprobe knows it.</param>
public sealed record ProbedAudio(
    string Container,
    TimeSpan Duration,
    string Codec,
    long? BitRate,
    int SampleRate,
    int Channels);
