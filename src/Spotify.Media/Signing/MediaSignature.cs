using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Spotify.Media.Signing;

/// <summary>
/// The signature nginx's <c>secure_link_md5 "$scope $secret"</c> computes: MD5 of the scope, a
/// space and the secret, in base64url without padding (22 characters). MD5 because it is the only
/// hash that stock nginx checks; the secret comes last, out of reach of length extension, and the
/// scope is made by the gateway, not chosen by a client.
/// </summary>
internal static class MediaSignature
{
    public const int Length = 22;

    public static string Compute(string scope, string secret) => Base64Url.EncodeToString(Hash(scope, secret));

    /// <summary>Compares in constant time, so that timing does not reveal how much of a guess was right.</summary>
    public static bool Matches(string signature, string scope, string secret) =>
        signature.Length == Length
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(Compute(scope, secret)));

    public static bool HasShape(string signature) =>
        signature.Length == Length && signature.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static byte[] Hash(string scope, string secret) => MD5.HashData(Encoding.UTF8.GetBytes($"{scope} {secret}"));
}
