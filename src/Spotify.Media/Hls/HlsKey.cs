namespace Spotify.Media.Hls;

/// <summary>An <c>EXT-X-KEY</c> tag: how the segments after it are encrypted.</summary>
/// <param name="Method"><c>AES-128</c> or <c>SAMPLE-AES</c> (a <c>METHOD=NONE</c> tag means no key).</param>
/// <param name="Iv">The 16-byte IV when the tag gives one; without it the media sequence number is the IV.</param>
public sealed record HlsKey(string Method, string? Uri, byte[]? Iv);
