using System.Security.Cryptography;

namespace Spotify.Media.Encryption;

/// <summary>
/// HLS <c>METHOD=AES-128</c> (RFC 8216, section 5.2): a media segment encrypted whole with AES-128-CBC
/// and PKCS7 padding, under the key and the IV its <c>EXT-X-KEY</c> tag names.
/// </summary>
public static class HlsSegmentCipher
{
    public const int IvLength = 16;

    /// <summary>A fresh random IV for one segment.</summary>
    public static byte[] NewIv() => RandomNumberGenerator.GetBytes(IvLength);

    public static byte[] Encrypt(ContentKey key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> segment)
    {
        using var aes = Create(key);
        return aes.EncryptCbc(segment, iv, PaddingMode.PKCS7);
    }

    /// <exception cref="CryptographicException">The key or IV is wrong, or the segment is not whole.</exception>
    public static byte[] Decrypt(ContentKey key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> encryptedSegment)
    {
        using var aes = Create(key);
        return aes.DecryptCbc(encryptedSegment, iv, PaddingMode.PKCS7);
    }

    /// <summary>Replaces the segment file at <paramref name="path"/> with its encryption.</summary>
    public static async Task EncryptFileAsync(string path, ContentKey key, ReadOnlyMemory<byte> iv, CancellationToken cancellationToken = default)
    {
        // Segments are a few seconds of audio, a few hundred kilobytes: whole in memory is fine.
        var segment = await File.ReadAllBytesAsync(path, cancellationToken);
        var encrypting = path + ".encrypting";
        await File.WriteAllBytesAsync(encrypting, Encrypt(key, iv.Span, segment), cancellationToken);
        File.Move(encrypting, path, overwrite: true);
    }

    private static Aes Create(ContentKey key)
    {
        var aes = Aes.Create();
        aes.Key = key.ToArray();
        return aes;
    }
}
