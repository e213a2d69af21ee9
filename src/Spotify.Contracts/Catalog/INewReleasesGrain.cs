using System.Collections.Immutable;

namespace Spotify.Contracts.Catalog;

/// <summary>
/// The catalog's most recent album releases, newest first. A singleton: use key
/// <see cref="SingletonKey"/>.
/// </summary>
[Alias("spotify.catalog.INewReleasesGrain")]
public interface INewReleasesGrain : IGrainWithIntegerKey
{
    const long SingletonKey = 0;

    [Alias("GetPageAsync")]
    Task<AlbumRefPage> GetPageAsync(int offset, int limit);

    /// <summary>Adds albums to the listing, replacing those already listed under the same id.</summary>
    [Alias("AddAsync")]
    Task AddAsync(ImmutableArray<AlbumRef> albums);

    /// <summary>How many albums the listing holds.</summary>
    [Alias("CountAsync")]
    Task<int> CountAsync();
}
