namespace Spotify.Media.Transcoding;

/// <summary>An Ogg Vorbis rendition, encrypted with AES-128-CTR (see <see cref="Encryption.AesCtrCipher"/>).</summary>
/// <param name="RelativePath">Such as <c>ogg/160.ogg</c>.</param>
/// <param name="Codec">ffprobe's codec name: <c>vorbis</c>.</param>
/// <param name="NominalBitRate">The bit rate asked of the encoder, bits per second.</param>
/// <param name="MeasuredBitRate">The bit rate of the file as written (its size over its duration), bits per second.</param>
/// <param name="InitialCounter">The rendition's 16-byte initial counter block as 32 hexadecimal digits.</param>
public sealed record OggRendition(
    string RelativePath,
    string Codec,
    int NominalBitRate,
    long MeasuredBitRate,
    TimeSpan Duration,
    string InitialCounter);
