using Spotify.Contracts.Ids;

namespace Spotify.Gateway.Ingest;

/// <summary>International Standard Recording Codes, and the catalog track id each one names.</summary>
public static class Isrc
{
    /// <summary>The code as the catalog keeps it: capitals, no hyphens (<c>us-rc1-76-07839</c> is <c>USRC17607839</c>).</summary>
    public static string Normalize(string? isrc) => (isrc ?? "").Replace("-", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

    /// <summary>The id the catalog ingest gives the track with this (normalized) ISRC.</summary>
    public static string TrackId(string normalizedIsrc) => SpotifyId.FromNaturalKey("isrc:" + normalizedIsrc);
}
