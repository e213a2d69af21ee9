using Spotify.Media.Encryption;

namespace Spotify.Media.Tests.Encryption;

public sealed class HlsSegmentCipherTests
{
    // NIST SP 800-38A, appendix F.2.1 (CBC-AES128.Encrypt), then the block PKCS7 padding adds.
    private static readonly ContentKey NistKey = ContentKey.FromBytes(Convert.FromHexString("2b7e151628aed2a6abf7158809cf4f3c"));
    private static readonly byte[] NistIv = Convert.FromHexString("000102030405060708090a0b0c0d0e0f");
    private static readonly byte[] NistPlaintext = Convert.FromHexString(
        "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
    private static readonly byte[] NistCiphertextWithPadding = Convert.FromHexString(
        "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b273bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7"
        + "8cb82807230e1321d3fae00d18cc2012");

    [Fact]
    public void Encryption_is_aes_128_cbc_with_pkcs7_padding()
    {
        Assert.Equal(NistCiphertextWithPadding, HlsSegmentCipher.Encrypt(NistKey, NistIv, NistPlaintext));
        Assert.Equal(NistPlaintext, HlsSegmentCipher.Decrypt(NistKey, NistIv, NistCiphertextWithPadding));
    }

    [Fact]
    public async Task Encrypting_a_file_replaces_it_with_its_encryption()
    {
        using var directory = new TemporaryDirectory();
        var segment = directory.File("seg_00000.m4s");
        await File.WriteAllBytesAsync(segment, NistPlaintext);

        await HlsSegmentCipher.EncryptFileAsync(segment, NistKey, NistIv);

        Assert.Equal(NistCiphertextWithPadding, await File.ReadAllBytesAsync(segment));
        Assert.Equal([segment], Directory.GetFiles(directory.Path));
    }
}
