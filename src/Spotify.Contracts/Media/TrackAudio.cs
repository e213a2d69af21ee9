using System.Collections.Immutable;

namespace Spotify.Contracts.Media;

/// <summary>
/// A published version of a track's audio: every rendition and the HLS master playlist under the
/// immutable blob prefix <c>tracks/{trackId}/{Version}/</c>, with what analysis measured.
/// </summary>
[GenerateSerializer, Immutable, Alias("spotify.media.TrackAudio")]
public sealed record TrackAudio(
    string Version,
    int DurationMs,
    double LoudnessLufs,
    double TruePeakDb,
    ImmutableArray<AudioRendition> Renditions,
    string HlsMasterPath,
    DateTimeOffset PublishedAt);
