using System.Diagnostics;

namespace Spotify.Media.Tests.Signing;

/// <summary>
/// The signature in a path equals what nginx's secure_link_md5 computes for the same string, shown
/// with the same pipeline nginx's documentation uses: openssl md5, base64, made URL-safe, unpadded.
/// </summary>
public sealed class NginxSignatureCompatibilityTests
{
    private readonly SigningSetup _setup = new();

    [Theory]
    [InlineData(SigningSetup.UserId, SigningSetup.SegmentBlob)]
    [InlineData("ada", "tracks/0000000000000000000000/2026-11-24.1/audio_320.ogg")]
    [InlineData("bob_the-2nd", "tracks/t/v/hls/master.m3u8")]
    public async Task Signature_equals_the_openssl_md5_base64url_of_the_signed_scope_and_secret(string userId, string blobPath)
    {
        var parts = _setup.Signer.Sign(blobPath, userId).Path.Split('/');
        var (signature, expires, track, version) = (parts[2], parts[3], parts[5], parts[6]);

        var expected = await OpenSslSignatureAsync($"{expires}/{userId}/{track}/{version} {SigningSetup.Secret}");

        Assert.Equal(expected, signature);
    }

    private static async Task<string> OpenSslSignatureAsync(string input)
    {
        var startInfo = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add("set -o pipefail; printf '%s' \"$SIGNED\" | openssl md5 -binary | base64 | tr +/ -_ | tr -d =");
        startInfo.Environment["SIGNED"] = input;
        using var process = Process.Start(startInfo)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"openssl failed ({process.ExitCode}): {error}");
        return output.Trim();
    }
}
