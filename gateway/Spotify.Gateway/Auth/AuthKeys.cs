using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Spotify.Gateway.Auth;

/// <summary>
/// The keys that sign access tokens (RSA) and encrypt codes and refresh tokens (AES-256): from
/// configuration, so every replica shares them, or made fresh for an embedded run.
/// </summary>
internal static class AuthKeys
{
    public static void Configure(OpenIddictServerOptions server, AuthOptions options)
    {
        var rsa = RSA.Create(2048);
        if (options.SigningKey is { } pem)
        {
            rsa.ImportFromPem(pem);
        }
        server.SigningCredentials.Add(new SigningCredentials(new RsaSecurityKey(rsa), SecurityAlgorithms.RsaSha256));

        var encryptionKey = options.EncryptionKey is { } base64 ? Convert.FromBase64String(base64) : RandomNumberGenerator.GetBytes(32);
        server.EncryptionCredentials.Add(new EncryptingCredentials(
            new SymmetricSecurityKey(encryptionKey), SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}
