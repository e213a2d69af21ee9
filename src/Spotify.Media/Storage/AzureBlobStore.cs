using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Spotify.Media.Storage;

/// <summary>
/// Blobs in one Azure Blob Storage container (the Cluster profile; Azurite locally). The container
/// is created by the first write if it does not exist; reads from a missing container find nothing.
/// </summary>
public sealed class AzureBlobStore(BlobContainerClient container) : IBlobStore
{
    private const string DefaultContentType = "application/octet-stream";
    private const int ParallelDeletes = 8;

    private volatile bool _containerExists;

    public async Task<StoredBlob> PutAsync(string path, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        BlobPath.Validate(path);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);

        await EnsureContainerAsync(cancellationToken);
        var upload = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };
        await container.GetBlobClient(path).UploadAsync(content, upload, cancellationToken);
        return await GetPropertiesAsync(path, cancellationToken) ?? throw new BlobNotFoundException(path);
    }

    public async Task<StoredBlob?> GetPropertiesAsync(string path, CancellationToken cancellationToken = default)
    {
        BlobPath.Validate(path);
        try
        {
            BlobProperties properties = await container.GetBlobClient(path).GetPropertiesAsync(cancellationToken: cancellationToken);
            return new StoredBlob(
                path, properties.ContentLength, properties.ETag.ToString("H"), properties.ContentType ?? DefaultContentType, properties.LastModified);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    public async Task<Stream> OpenReadAsync(string path, long offset, long? length, CancellationToken cancellationToken = default)
    {
        BlobPath.Validate(path);
        BlobRange.Validate(offset, length);
        if (length == 0)
        {
            // An HTTP range cannot be empty.
            return await ExistsAsync(path, cancellationToken) ? Stream.Null : throw new BlobNotFoundException(path);
        }
        try
        {
            var download = new BlobDownloadOptions { Range = new HttpRange(offset, length) };
            BlobDownloadStreamingResult result = await container.GetBlobClient(path).DownloadStreamingAsync(download, cancellationToken);
            return result.Content;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            throw new BlobNotFoundException(path, exception);
        }
        catch (RequestFailedException exception) when (exception.Status == 416)
        {
            // The range starts at or past the end (or the blob is empty): nothing to read.
            return Stream.Null;
        }
    }

    public async Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default) =>
        await container.GetBlobClient(BlobPath.Validate(path)).ExistsAsync(cancellationToken);

    public async Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        await container.GetBlobClient(BlobPath.Validate(path))
            .DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);

    public async Task<int> DeleteFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ParallelDeletes, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(ListAsync(folder, cancellationToken), parallel, async (blob, token) =>
        {
            if (await DeleteAsync(blob.Path, token))
            {
                Interlocked.Increment(ref deleted);
            }
        });
        return deleted;
    }

    public IAsyncEnumerable<StoredBlob> ListAsync(string folder, CancellationToken cancellationToken = default) =>
        ListValidatedAsync(BlobPath.Validate(folder, nameof(folder)), cancellationToken);

    private async IAsyncEnumerable<StoredBlob> ListValidatedAsync(string folder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!_containerExists && !await container.ExistsAsync(cancellationToken))
        {
            yield break;
        }
        var listing = new GetBlobsOptions { Prefix = folder + "/" };
        await foreach (var item in container.GetBlobsAsync(listing, cancellationToken))
        {
            var properties = item.Properties;
            yield return new StoredBlob(
                item.Name,
                properties.ContentLength ?? 0,
                properties.ETag?.ToString("H") ?? "",
                properties.ContentType ?? DefaultContentType,
                properties.LastModified ?? DateTimeOffset.MinValue);
        }
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerExists)
        {
            return;
        }
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        _containerExists = true;
    }
}
