namespace Spotify.Media.Hls;

/// <summary>One <c>EXT-X-STREAM-INF</c> of a master playlist and the media playlist it points to.</summary>
/// <param name="Bandwidth">Peak segment bit rate, bits per second.</param>
/// <param name="AverageBandwidth">Average segment bit rate, bits per second, when the playlist gives it.</param>
/// <param name="Codecs">RFC 6381 codec list, such as <c>mp4a.40.2</c> for AAC-LC.</param>
public sealed record HlsVariant(string Uri, long Bandwidth, long? AverageBandwidth, string? Codecs);
