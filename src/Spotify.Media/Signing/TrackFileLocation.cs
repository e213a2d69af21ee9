namespace Spotify.Media.Signing;

/// <summary>
/// A file of one published track version: the blob <c>tracks/{TrackId}/{Version}/{File}</c>,
/// where <c>File</c> may have folders of its own (<c>hls/64/seg_00001.m4s</c>).
/// </summary>
internal sealed record TrackFileLocation(string TrackId, string Version, string File)
{
    public const string TracksFolder = "tracks";

    public string BlobPath => $"{TracksFolder}/{TrackId}/{Version}/{File}";

    public static TrackFileLocation? FromBlobPath(string blobPath)
    {
        var parts = blobPath.Split('/', 4);
        return parts.Length == 4 && parts[0] == TracksFolder ? Create(parts[1], parts[2], parts[3]) : null;
    }

    /// <returns>The location, or null when a part breaks the blob path rule.</returns>
    public static TrackFileLocation? Create(string trackId, string version, string file) =>
        Storage.BlobPath.IsValidSegment(trackId) && Storage.BlobPath.IsValidSegment(version) && Storage.BlobPath.IsValid(file)
            ? new TrackFileLocation(trackId, version, file)
            : null;
}
