using System.Security.Cryptography;
using Spotify.Media.Encryption;

namespace Spotify.Media.Tests.Encryption;

public sealed class AesCtrCipherTests
{
    // NIST SP 800-38A, appendix F.5.1 (CTR-AES128.Encrypt).
    private static readonly ContentKey NistKey = ContentKey.FromBytes(Convert.FromHexString("2b7e151628aed2a6abf7158809cf4f3c"));
    private static readonly byte[] NistCounter = Convert.FromHexString("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
    private static readonly byte[] NistPlaintext = Convert.FromHexString(
        "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
    private static readonly byte[] NistCiphertext = Convert.FromHexString(
        "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee");

    [Fact]
    public void Encryption_matches_the_nist_test_vector()
    {
        using var cipher = new AesCtrCipher(NistKey, NistCounter);
        var data = (byte[])NistPlaintext.Clone();

        cipher.Apply(0, data);

        Assert.Equal(NistCiphertext, data);
    }

    [Theory]
    [InlineData(0, 64)]
    [InlineData(16, 16)]
    [InlineData(5, 1)]
    [InlineData(13, 40)]
    [InlineData(47, 17)]
    public void Any_range_of_the_nist_vector_decrypts_on_its_own(int offset, int length)
    {
        using var cipher = new AesCtrCipher(NistKey, NistCounter);

        var plaintext = cipher.DecryptRange(offset, NistCiphertext.AsSpan(offset, length));

        Assert.Equal(NistPlaintext[offset..(offset + length)], plaintext);
    }

    [Fact]
    public void The_counter_wraps_around_as_a_128_bit_integer()
    {
        var key = ContentKey.Generate();
        using var cipher = new AesCtrCipher(key, Convert.FromHexString("ffffffffffffffffffffffffffffffff"));
        var keystream = new byte[32];

        cipher.Apply(0, keystream);

        using var aes = Aes.Create();
        aes.Key = key.ToArray();
        Assert.Equal(aes.EncryptEcb(new byte[16], PaddingMode.None), keystream[16..]);
    }

    [Fact]
    public async Task File_encryption_equals_encrypting_the_whole_file_at_once_and_ranges_decrypt_on_their_own()
    {
        using var directory = new TemporaryDirectory();
        // More than one keystream batch (64 KiB), not a whole number of blocks.
        var plaintext = RandomNumberGenerator.GetBytes(200_003);
        await File.WriteAllBytesAsync(directory.File("clear.bin"), plaintext);
        var key = ContentKey.Generate();
        var counter = AesCtrCipher.NewInitialCounter();
        using var cipher = new AesCtrCipher(key, counter);

        await cipher.EncryptFileAsync(directory.File("clear.bin"), directory.File("encrypted.bin"));

        var encrypted = await File.ReadAllBytesAsync(directory.File("encrypted.bin"));
        Assert.Equal(plaintext.Length, encrypted.Length);
        Assert.NotEqual(plaintext, encrypted);
        Assert.Equal(plaintext, cipher.DecryptRange(0, encrypted));
        foreach (var (offset, length) in new[] { (1, 15), (65_530, 20), (100_001, 65_537), (199_990, 13) })
        {
            Assert.Equal(plaintext[offset..(offset + length)], cipher.DecryptRange(offset, encrypted.AsSpan(offset, length)));
        }
    }

    [Fact]
    public void An_initial_counter_that_is_not_16_bytes_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new AesCtrCipher(ContentKey.Generate(), new byte[12]));
    }
}
