using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Spotify.Hosting;

namespace Spotify.Gateway.Auth;

/// <summary>
/// Checks the OAuth settings at start. The Cluster profile must be given its issuer and keys, so
/// that every gateway replica issues and accepts the same tokens; Embedded makes its own.
/// </summary>
public sealed class AuthOptionsValidator(GatewayHosting hosting) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var problems = new List<string>();
        var isCluster = hosting.Profile == SpotifyProfile.Cluster;

        if (options.Issuer is null ? isCluster : !IsHttpUrl(options.Issuer))
        {
            problems.Add($"{AuthOptions.Section}:Issuer must be the gateways' public http(s) URL");
        }
        if (options.SigningKey is null ? isCluster : !IsRsaPrivateKey(options.SigningKey))
        {
            problems.Add($"{AuthOptions.Section}:SigningKey must be an RSA private key in PEM form");
        }
        if (options.EncryptionKey is null ? isCluster : !IsAes256Key(options.EncryptionKey))
        {
            problems.Add($"{AuthOptions.Section}:EncryptionKey must be 32 random bytes in base64");
        }
        if (options.AccessTokenLifetime <= TimeSpan.Zero || options.RefreshTokenLifetime <= options.AccessTokenLifetime)
        {
            problems.Add($"{AuthOptions.Section}:AccessTokenLifetime must be positive and shorter than RefreshTokenLifetime");
        }
        problems.AddRange(ConfiguredClientRules.Check(options.Clients));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static bool IsRsaPrivateKey(string pem)
    {
        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            rsa.ExportParameters(includePrivateParameters: true);
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or CryptographicException)
        {
            return false;
        }
    }

    private static bool IsAes256Key(string base64)
    {
        var bytes = new byte[64];
        return Convert.TryFromBase64String(base64, bytes, out var length) && length == 32;
    }
}
