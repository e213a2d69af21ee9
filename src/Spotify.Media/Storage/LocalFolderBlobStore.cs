using System.Runtime.CompilerServices;

namespace Spotify.Media.Storage;

/// <summary>
/// Blobs as files under a root folder (the Embedded profile). A blob's bytes are the plain file at
/// its path, so the folder can be browsed and played as it is; its content type sits beside it in
/// a dot-file, which blob paths cannot name.
/// </summary>
/// <remarks>
/// Writes go to a temporary file that is renamed into place, so a reader sees the old bytes or the
/// new ones, never a mix. The ETag is the file's length and last-write time: both survive restarts
/// (the file system keeps them), every put makes a new file and so a new ETag, and computing it
/// costs one stat rather than hashing megabytes of audio.
/// </remarks>
public sealed class LocalFolderBlobStore : IBlobStore
{
    private const string TemporaryFolderName = ".tmp";
    private const string ContentTypeSuffix = ".content-type";
    private const string DefaultContentType = "application/octet-stream";
    private const int CopyBufferSize = 81920;

    public LocalFolderBlobStore(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public async Task<StoredBlob> PutAsync(string path, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        BlobPath.Validate(path);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);

        var file = FileOf(path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporaryFolder = Directory.CreateDirectory(Path.Combine(Root, TemporaryFolderName)).FullName;
        var temporaryData = Path.Combine(temporaryFolder, Guid.NewGuid().ToString("N"));
        var temporaryType = temporaryData + ContentTypeSuffix;
        try
        {
            await using (var output = new FileStream(
                temporaryData, FileMode.CreateNew, FileAccess.Write, FileShare.None, CopyBufferSize, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(output, cancellationToken);
            }
            await File.WriteAllTextAsync(temporaryType, contentType, cancellationToken);
            // The type goes first so that new bytes never appear without it. Overwriting a blob with
            // another content type leaves a moment where the new type labels the old bytes; media
            // versions are written once, so that only happens on a republish.
            File.Move(temporaryType, ContentTypeFileOf(file), overwrite: true);
            File.Move(temporaryData, file, overwrite: true);
        }
        finally
        {
            File.Delete(temporaryData);
            File.Delete(temporaryType);
        }
        return await DescribeAsync(path, new FileInfo(file), cancellationToken) ?? throw new BlobNotFoundException(path);
    }

    public Task<StoredBlob?> GetPropertiesAsync(string path, CancellationToken cancellationToken = default) =>
        DescribeAsync(BlobPath.Validate(path), new FileInfo(FileOf(path)), cancellationToken);

    public Task<Stream> OpenReadAsync(string path, long offset, long? length, CancellationToken cancellationToken = default)
    {
        BlobPath.Validate(path);
        BlobRange.Validate(offset, length);
        FileStream file;
        try
        {
            // Shared for delete so that a put or delete of the same blob is not blocked by a reader.
            file = new FileStream(FileOf(path), new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.ReadWrite | FileShare.Delete,
                Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            });
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromException<Stream>(new BlobNotFoundException(path, exception));
        }
        var available = Math.Max(0, file.Length - offset);
        if (available > 0)
        {
            file.Seek(offset, SeekOrigin.Begin);
        }
        return Task.FromResult<Stream>(new RangeReadStream(file, Math.Min(available, length ?? long.MaxValue)));
    }

    public Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(FileOf(BlobPath.Validate(path))));

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = FileOf(BlobPath.Validate(path));
        if (!File.Exists(file))
        {
            return Task.FromResult(false);
        }
        File.Delete(file);
        File.Delete(ContentTypeFileOf(file));
        return Task.FromResult(true);
    }

    public Task<int> DeleteFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        var directory = FileOf(BlobPath.Validate(folder, nameof(folder)));
        if (!Directory.Exists(directory))
        {
            return Task.FromResult(0);
        }
        var deleted = BlobFilesUnder(directory).Count();
        Directory.Delete(directory, recursive: true);
        return Task.FromResult(deleted);
    }

    public IAsyncEnumerable<StoredBlob> ListAsync(string folder, CancellationToken cancellationToken = default) =>
        ListValidatedAsync(BlobPath.Validate(folder, nameof(folder)), cancellationToken);

    private async IAsyncEnumerable<StoredBlob> ListValidatedAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var directory = FileOf(folder);
        if (!Directory.Exists(directory))
        {
            yield break;
        }
        var paths = BlobFilesUnder(directory)
            .Select(file => Path.GetRelativePath(Root, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var path in paths)
        {
            // Skips what a concurrent delete removed after the directory was read.
            if (await DescribeAsync(path, new FileInfo(FileOf(path)), cancellationToken) is { } blob)
            {
                yield return blob;
            }
        }
    }

    private static IEnumerable<string> BlobFilesUnder(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(file => !Path.GetFileName(file).StartsWith('.'));

    private static async Task<StoredBlob?> DescribeAsync(string path, FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            return null;
        }
        var lastModified = new DateTimeOffset(file.LastWriteTimeUtc);
        var etag = $"\"{file.Length:x}-{lastModified.UtcTicks:x}\"";
        return new StoredBlob(path, file.Length, etag, await ReadContentTypeAsync(file.FullName, cancellationToken), lastModified);
    }

    private static async Task<string> ReadContentTypeAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(ContentTypeFileOf(file), cancellationToken);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            // A file copied into the folder by hand has no recorded type.
            return DefaultContentType;
        }
    }

    private string FileOf(string path) => Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar));

    private static string ContentTypeFileOf(string file) =>
        Path.Combine(Path.GetDirectoryName(file)!, "." + Path.GetFileName(file) + ContentTypeSuffix);
}
