namespace Spotify.Contracts.Media;

/// <summary>
/// One progressive rendition of a track's audio, stored encrypted (AES-128-CTR from
/// <paramref name="InitialCounter"/>, hex) at <paramref name="Path"/> in the blob store.
/// </summary>
[GenerateSerializer, Immutable, Alias("spotify.media.AudioRendition")]
public sealed record AudioRendition(string Codec, int BitrateKbps, string Path, long Bytes, string InitialCounter);
