namespace Spotify.Gateway.Objects;

/// <summary>
/// One progressive rendition of a track (Ogg), encrypted whole with AES-128-CTR under the track's key.
/// </summary>
/// <param name="InitialCounter">
/// The 16-byte initial counter block, in hex. The counter block for the file's bytes
/// <c>16·n</c> to <c>16·n + 15</c> is this value plus <c>n</c> as a 128-bit big-endian integer (wrapping),
/// so a range starting at byte <c>o</c> decrypts on its own from block <c>floor(o / 16)</c>, skipping
/// <c>o mod 16</c> bytes of its keystream. OpenSSL's <c>aes-128-ctr</c> with this value as the IV.
/// </param>
public sealed record AudioRenditionObject(string Codec, int BitrateKbps, long Bytes, string Url, string InitialCounter);
