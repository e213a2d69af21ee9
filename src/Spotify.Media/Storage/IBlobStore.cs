namespace Spotify.Media.Storage;

/// <summary>
/// Where published media (and other large files) live: a local folder in the Embedded profile,
/// Azure Blob Storage in the Cluster profile. Paths are relative, slash-separated names such as
/// <c>tracks/{trackId}/{version}/hls/64/seg_00001.m4s</c> (see <see cref="BlobPath"/>); a folder
/// is a path prefix made of whole segments, so <c>tracks/a/v1</c> never covers <c>tracks/a/v10/x</c>.
/// </summary>
public interface IBlobStore
{
    /// <summary>Stores the stream's content under <paramref name="path"/>, replacing any blob there.</summary>
    Task<StoredBlob> PutAsync(string path, Stream content, string contentType, CancellationToken cancellationToken = default);

    /// <returns>The blob's properties, or null when there is no blob at <paramref name="path"/>.</returns>
    Task<StoredBlob?> GetPropertiesAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens the bytes from <paramref name="offset"/> on, at most <paramref name="length"/> of them
    /// (all up to the end when null), streamed rather than loaded. A range reaching past the end
    /// is cut at the end; one starting at or past the end is empty.
    /// </summary>
    /// <exception cref="BlobNotFoundException">There is no blob at <paramref name="path"/>.</exception>
    Task<Stream> OpenReadAsync(string path, long offset, long? length, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default);

    /// <returns>Whether there was a blob to delete.</returns>
    Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Deletes every blob under <paramref name="folder"/>, e.g. what a failed publish left behind.</summary>
    /// <returns>How many blobs were deleted.</returns>
    Task<int> DeleteFolderAsync(string folder, CancellationToken cancellationToken = default);

    /// <summary>Every blob under <paramref name="folder"/>, at any depth, in ordinal order of their paths.</summary>
    IAsyncEnumerable<StoredBlob> ListAsync(string folder, CancellationToken cancellationToken = default);
}
