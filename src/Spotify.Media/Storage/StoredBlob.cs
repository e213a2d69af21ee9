namespace Spotify.Media.Storage;

/// <summary>What a blob store knows about one blob.</summary>
/// <param name="ETag">An HTTP entity tag, quotes included, that changes whenever the content does.</param>
public sealed record StoredBlob(string Path, long Length, string ETag, string ContentType, DateTimeOffset LastModified);
