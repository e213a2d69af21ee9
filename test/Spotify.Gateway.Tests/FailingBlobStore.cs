using System.Collections.Concurrent;
using Spotify.Media.Storage;

namespace Spotify.Gateway.Tests;

/// <summary>A real blob store that refuses a set number of uploads of a track's files, as an outage would.</summary>
public sealed class FailingBlobStore(IBlobStore inner) : IBlobStore
{
    private readonly ConcurrentDictionary<string, int> _failuresLeft = new();

    /// <summary>The next <paramref name="times"/> attempts to upload under <c>tracks/{trackId}/</c> fail on their first file.</summary>
    public void FailPuts(string trackId, int times) => _failuresLeft[trackId] = times;

    public async Task<StoredBlob> PutAsync(string path, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        var trackId = path.Split('/') is ["tracks", var id, ..] ? id : "";
        // An attempt uploads many files in parallel: let its first ones through, then fail it.
        var stored = await inner.PutAsync(path, content, contentType, cancellationToken);
        if (_failuresLeft.TryGetValue(trackId, out var left) && left > 0 && _failuresLeft.TryUpdate(trackId, left - 1, left))
        {
            throw new IOException($"The blob store refused {path}.");
        }
        return stored;
    }

    public Task<StoredBlob?> GetPropertiesAsync(string path, CancellationToken cancellationToken = default) =>
        inner.GetPropertiesAsync(path, cancellationToken);

    public Task<Stream> OpenReadAsync(string path, long offset, long? length, CancellationToken cancellationToken = default) =>
        inner.OpenReadAsync(path, offset, length, cancellationToken);

    public Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default) => inner.ExistsAsync(path, cancellationToken);

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default) => inner.DeleteAsync(path, cancellationToken);

    public Task<int> DeleteFolderAsync(string folder, CancellationToken cancellationToken = default) =>
        inner.DeleteFolderAsync(folder, cancellationToken);

    public IAsyncEnumerable<StoredBlob> ListAsync(string folder, CancellationToken cancellationToken = default) =>
        inner.ListAsync(folder, cancellationToken);
}
