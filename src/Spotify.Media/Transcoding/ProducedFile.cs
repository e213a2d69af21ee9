namespace Spotify.Media.Transcoding;

/// <summary>A file transcoding wrote, for a publisher to upload as it is.</summary>
/// <param name="RelativePath">Path under the output directory with <c>/</c> separators, such as <c>hls/64/seg_00000.m4s</c>.</param>
/// <param name="ContentType">The media type to serve it with.</param>
/// <param name="Length">Size in bytes.</param>
public sealed record ProducedFile(string RelativePath, string ContentType, long Length);
