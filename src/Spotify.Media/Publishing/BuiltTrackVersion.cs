using Spotify.Media.Analysis;

namespace Spotify.Media.Publishing;

/// <summary>A version of a track's audio, uploaded and ready to publish.</summary>
/// <param name="Duration">The source's duration, as ffprobe measured it.</param>
/// <param name="Renditions">The encrypted Ogg Vorbis files, lowest bit rate first.</param>
/// <param name="HlsMasterPath">The blob path of the HLS master playlist.</param>
public sealed record BuiltTrackVersion(
    string Version,
    TimeSpan Duration,
    LoudnessMeasurement Loudness,
    IReadOnlyList<BuiltRendition> Renditions,
    string HlsMasterPath);
