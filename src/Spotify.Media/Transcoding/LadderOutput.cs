namespace Spotify.Media.Transcoding;

/// <summary>One rendition a ladder wrote in clear: an Ogg file, or an HLS media playlist.</summary>
/// <param name="NominalBitRate">Bits per second.</param>
public sealed record LadderOutput(int NominalBitRate, string Path);
