using Microsoft.Extensions.Caching.Memory;
using Spotify.Media.Storage;

namespace Spotify.Gateway.Media;

/// <summary>
/// Remembers media files' properties for a minute, so that serving a range opens the blob once
/// instead of also asking the store for its length, ETag and content type each time (with the
/// local folder store, two more file reads; with Azure, a round trip). Safe because a version's
/// files do not change once it is published: a new upload is a new version under a new folder.
/// A missing file is not remembered.
/// </summary>
public sealed class BlobPropertiesCache(IBlobStore store) : IDisposable
{
    private const int MaxEntries = 100_000;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    public async ValueTask<StoredBlob?> GetAsync(string path, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(path, out StoredBlob? remembered))
        {
            return remembered;
        }
        var blob = await store.GetPropertiesAsync(path, cancellationToken);
        if (blob is not null)
        {
            _cache.Set(path, blob, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        }
        return blob;
    }

    public void Dispose() => _cache.Dispose();
}
