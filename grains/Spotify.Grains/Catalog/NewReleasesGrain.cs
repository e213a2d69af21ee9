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

    private static readonly IComparer<AlbumRef> NewestFirst = Comparer<AlbumRef>.Create((left, right) =>
    {
        var byDate = right.ReleaseDate.Date.CompareTo(left.ReleaseDate.Date);
        if (byDate != 0)
        {
            return byDate;
        }
        var byName = string.Compare(left.Name, right.Name, StringComparison.Ordinal);
        return byName != 0 ? byName : string.Compare(left.Id, right.Id, StringComparison.Ordinal);
    });

    public Task<NewReleasesPage> GetPageAsync(int offset, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var albums = state.State.Albums;
        var page = albums.Skip(offset).Take(limit).ToImmutableArray();
        return Task.FromResult(new NewReleasesPage(page, albums.Count));
    }

    public async Task AddAsync(ImmutableArray<AlbumRef> albums)
    {
        var listed = state.State.Albums;
        var added = albums.Select(album => album.Id).ToHashSet(StringComparer.Ordinal);
        listed.RemoveAll(album => added.Contains(album.Id));
        listed.AddRange(albums.DistinctBy(album => album.Id));
        listed.Sort(NewestFirst);
        if (listed.Count > MaxListed)
        {
            listed.RemoveRange(MaxListed, listed.Count - MaxListed);
        }
        await state.WriteStateAsync();
        logger.LogInformation("{AddedCount} albums listed among new releases, {ListedCount} listed in all", added.Count, listed.Count);
    }

    public Task<int> CountAsync() => Task.FromResult(state.State.Albums.Count);
}
