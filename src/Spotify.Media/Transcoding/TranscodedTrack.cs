using Spotify.Media.Analysis;

namespace Spotify.Media.Transcoding;

/// <summary>Everything transcoding one track produced, all of it encrypted with the track's content key.</summary>
/// <param name="Source">What the probe said about the input.</param>
/// <param name="MasterPlaylistPath"><c>hls/master.m3u8</c>.</param>
/// <param name="Files">Every file to publish: Ogg files, playlists, init segments and media segments.</param>
public sealed record TranscodedTrack(
    ProbedAudio Source,
    IReadOnlyList<OggRendition> Ogg,
    string MasterPlaylistPath,
    IReadOnlyList<HlsRendition> Hls,
    IReadOnlyList<ProducedFile> Files);
