namespace Spotify.Media.Publishing;

/// <summary>One uploaded progressive rendition, encrypted with AES-128-CTR from <paramref name="InitialCounter"/> (hex).</summary>
/// <param name="Codec">ffprobe's codec name: <c>vorbis</c>.</param>
/// <param name="BitrateKbps">The nominal bit rate: 96, 160 or 320.</param>
/// <param name="BlobPath">Where it is in the blob store.</param>
/// <param name="Bytes">Its size.</param>
public sealed record BuiltRendition(string Codec, int BitrateKbps, string BlobPath, long Bytes, string InitialCounter);
