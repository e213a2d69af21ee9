using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Spotify.Contracts;
using Spotify.Contracts.Catalog;

namespace Spotify.Grains.Catalog;

/// <summary>
/// Keeps the most recent releases, newest first. The listing is bounded so that its state stays
/// small enough to write on every release however large the catalog grows.
/// </summary>
public sealed class NewReleasesGrain(
    [PersistentState("new-releases", ProviderNames.CatalogStorage)] IPersistentState<NewReleasesState> state,
    ILogger<NewReleasesGrain> logger)
    : Grain, INewReleasesGrain
{
    public const int MaxListed = 1000;

    public Task<AlbumRefPage> GetPageAsync(int offset, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var albums = state.State.Albums;
        var page = albums.Skip(offset).Take(limit).ToImmutableArray();
        return Task.FromResult(new AlbumRefPage(page, albums.Count));
    }

    public async Task AddAsync(ImmutableArray<AlbumRef> albums)
    {
        var listed = state.State.Albums;
        AlbumOrder.Merge(listed, albums);
        if (listed.Count > MaxListed)
        {
            listed.RemoveRange(MaxListed, listed.Count - MaxListed);
        }
        await state.WriteStateAsync();
        logger.LogInformation("{AddedCount} albums listed among new releases, {ListedCount} listed in all", albums.Length, listed.Count);
    }

    public Task<int> CountAsync() => Task.FromResult(state.State.Albums.Count);
}
