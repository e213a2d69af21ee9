namespace Spotify.Media.Transcoding;

/// <summary>One variant of the HLS ladder: AAC-LC in fMP4 segments, each encrypted with AES-128-CBC.</summary>
/// <param name="PlaylistPath">Its media playlist, such as <c>hls/128/index.m3u8</c>.</param>
/// <param name="Codec">ffprobe's codec name: <c>aac</c>.</param>
/// <param name="NominalBitRate">The bit rate asked of the encoder, bits per second.</param>
/// <param name="MeasuredBitRate">Average segment bit rate as published (the master playlist's AVERAGE-BANDWIDTH).</param>
/// <param name="PeakBitRate">Peak segment bit rate as RFC 8216 defines it (the master playlist's BANDWIDTH).</param>
public sealed record HlsRendition(
    string PlaylistPath,
    string Codec,
    int NominalBitRate,
    long MeasuredBitRate,
    long PeakBitRate,
    TimeSpan Duration);
