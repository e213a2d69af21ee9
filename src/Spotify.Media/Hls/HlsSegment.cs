namespace Spotify.Media.Hls;

/// <summary>A media segment of a media playlist.</summary>
/// <param name="Key">The key in effect for the segment; null when it is in clear.</param>
public sealed record HlsSegment(TimeSpan Duration, string Uri, HlsKey? Key);
