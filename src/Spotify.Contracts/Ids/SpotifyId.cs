using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Spotify.Contracts.Ids;

/// <summary>
/// Spotify-style ids: 22 base62 characters encoding 128 bits. Catalog grains are keyed by them.
/// </summary>
public static class SpotifyId
{
    public const int Length = 22;

    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static bool IsValid(string? candidate) =>
        candidate is { Length: Length } && candidate.All(IsBase62Character);

    /// <summary>A fresh random id.</summary>
    public static string NewId() => Encode(RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// A stable id derived from a natural key (an ISRC, a UPC, a demo-catalog name), so that
    /// importing the same item twice addresses the same grain.
    /// </summary>
    public static string FromNaturalKey(string naturalKey) =>
        Encode(SHA256.HashData(Encoding.UTF8.GetBytes(naturalKey)).AsSpan(0, 16));

    private static bool IsBase62Character(char c) => char.IsAsciiLetterOrDigit(c);

    private static string Encode(ReadOnlySpan<byte> bytes)
    {
        var value = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        var characters = new char[Length];
        for (var i = Length - 1; i >= 0; i--)
        {
            characters[i] = Alphabet[(int)(value % Alphabet.Length)];
            value /= Alphabet.Length;
        }
        return new string(characters);
    }
}
