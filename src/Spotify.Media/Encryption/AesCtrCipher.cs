using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;

namespace Spotify.Media.Encryption;

/// <summary>
/// AES-128 in counter mode over a whole file, so that any byte range can be decrypted on its own
/// (a player's range request, a seek). .NET has no CTR mode, so the keystream is AES-ECB over the
/// counter blocks.
/// </summary>
/// <remarks>
/// IV convention: each rendition has its own random 16-byte initial counter block, stored with the
/// rendition. The counter block for the 16 bytes at file offset <c>16·n</c> is the initial counter
/// plus <c>n</c>, as a 128-bit big-endian integer wrapping modulo 2^128; byte <c>o</c> of the file is
/// XORed with byte <c>o mod 16</c> of AES(key, counter block for <c>floor(o / 16)</c>). This is
/// NIST SP 800-38A CTR with a full-width increment, the same as OpenSSL's <c>aes-128-ctr</c>.
/// Renditions of a track share its key, so their random initial counters keep their keystreams apart.
/// Encryption and decryption are the same operation. Not thread-safe.
/// </remarks>
public sealed class AesCtrCipher : IDisposable
{
    public const int CounterLength = 16;

    private const int BlockLength = 16;
    private const int BlocksPerBatch = 4096;

    private readonly Aes _aes = Aes.Create();
    private readonly UInt128 _initialCounter;
    private readonly byte[] _counterBlocks = new byte[BlocksPerBatch * BlockLength];
    private readonly byte[] _keystream = new byte[BlocksPerBatch * BlockLength];

    /// <exception cref="ArgumentException"><paramref name="initialCounter"/> is not 16 bytes long.</exception>
    public AesCtrCipher(ContentKey key, ReadOnlySpan<byte> initialCounter)
    {
        if (initialCounter.Length != CounterLength)
        {
            throw new ArgumentException($"The initial counter block is {CounterLength} bytes, not {initialCounter.Length}.", nameof(initialCounter));
        }
        _aes.Key = key.ToArray();
        _initialCounter = BinaryPrimitives.ReadUInt128BigEndian(initialCounter);
    }

    /// <summary>A fresh random initial counter block for a new rendition.</summary>
    public static byte[] NewInitialCounter() => RandomNumberGenerator.GetBytes(CounterLength);

    /// <summary>Encrypts, or decrypts, <paramref name="data"/> in place, as the bytes found at <paramref name="offset"/> of the file.</summary>
    public void Apply(long offset, Span<byte> data)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var skip = (int)(offset % BlockLength);
        var block = (UInt128)(offset / BlockLength);
        while (!data.IsEmpty)
        {
            var blocks = (int)Math.Min(BlocksPerBatch, (skip + (long)data.Length + BlockLength - 1) / BlockLength);
            var keystream = Keystream(block, blocks)[skip..];
            var length = Math.Min(keystream.Length, data.Length);
            Xor(data[..length], keystream[..length]);
            data = data[length..];
            block += (UInt128)blocks;
            skip = 0;
        }
    }

    /// <summary>The plaintext of <paramref name="ciphertext"/>, the bytes found at <paramref name="offset"/> of an encrypted file.</summary>
    public byte[] DecryptRange(long offset, ReadOnlySpan<byte> ciphertext)
    {
        var plaintext = ciphertext.ToArray();
        Apply(offset, plaintext);
        return plaintext;
    }

    /// <summary>Encrypts the file at <paramref name="source"/> into <paramref name="destination"/>, a buffer at a time.</summary>
    public async Task EncryptFileAsync(string source, string destination, CancellationToken cancellationToken = default)
    {
        await using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
        await using var output = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1, useAsync: true);
        var buffer = new byte[BlocksPerBatch * BlockLength];
        long offset = 0;
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
        {
            Apply(offset, buffer.AsSpan(0, read));
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            offset += read;
        }
    }

    public void Dispose() => _aes.Dispose();

    private ReadOnlySpan<byte> Keystream(UInt128 firstBlock, int blocks)
    {
        var counters = _counterBlocks.AsSpan(0, blocks * BlockLength);
        for (var index = 0; index < blocks; index++)
        {
            // UInt128 addition wraps modulo 2^128, as the counter convention says.
            BinaryPrimitives.WriteUInt128BigEndian(counters.Slice(index * BlockLength, BlockLength), _initialCounter + firstBlock + (UInt128)index);
        }
        var keystream = _keystream.AsSpan(0, counters.Length);
        _aes.EncryptEcb(counters, keystream, PaddingMode.None);
        return keystream;
    }

    private static void Xor(Span<byte> data, ReadOnlySpan<byte> keystream)
    {
        var index = 0;
        for (; index <= data.Length - Vector<byte>.Count; index += Vector<byte>.Count)
        {
            (new Vector<byte>(data[index..]) ^ new Vector<byte>(keystream[index..])).CopyTo(data[index..]);
        }
        for (; index < data.Length; index++)
        {
            data[index] ^= keystream[index];
        }
    }
}
