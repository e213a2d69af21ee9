using System.Security.Cryptography;

namespace Spotify.Media.Encryption;

/// <summary>
/// The AES-128 key a track's renditions are encrypted with: 16 random bytes, one per track, handed
/// only to authorised listeners. <see cref="ToString"/> does not show it, so it cannot leak into logs.
/// </summary>
public sealed class ContentKey
{
    public const int Length = 16;

    private readonly byte[] _bytes;

    private ContentKey(byte[] bytes) => _bytes = bytes;

    public static ContentKey Generate() => new(RandomNumberGenerator.GetBytes(Length));

    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not 16 bytes long.</exception>
    public static ContentKey FromBytes(ReadOnlySpan<byte> bytes) =>
        bytes.Length == Length
            ? new ContentKey(bytes.ToArray())
            : throw new ArgumentException($"A content key is {Length} bytes, not {bytes.Length}.", nameof(bytes));

    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>A copy of the key, to store it or to serve it from the key endpoint.</summary>
    public byte[] ToArray() => (byte[])_bytes.Clone();

    public override string ToString() => "ContentKey(hidden)";
}
