using System.Collections.Immutable;
using Spotify.Contracts;
using Spotify.Contracts.Library;
using Spotify.Contracts.Recommendations;

namespace Spotify.Grains.Library;

/// <summary>What a user keeps: saved tracks and albums, and what they follow. Saving a track also tells their taste profile.</summary>
public sealed class UserLibraryGrain(
    [PersistentState("library", ProviderNames.UserStorage)] IPersistentState<UserLibraryState> state)
    : Grain, IUserLibraryGrain
{
    public async Task AddAsync(LibraryShelf shelf, ImmutableArray<string> ids, DateTimeOffset addedAt)
    {
        var items = WritableShelf(shelf);
        var present = items.Select(item => item.Id).ToHashSet(StringComparer.Ordinal);
        var added = ids.Distinct(StringComparer.Ordinal).Where(present.Add).Select(id => new SavedItem(id, addedAt)).ToList();
        if (added.Count == 0)
        {
            return;
        }
        if (items.Count + added.Count > IUserLibraryGrain.MaxItemsPerShelf)
        {
            throw new LibraryFullException(shelf, IUserLibraryGrain.MaxItemsPerShelf);
        }
        items.InsertRange(0, added);
        await state.WriteStateAsync();
        if (shelf == LibraryShelf.Tracks)
        {
            await GrainFactory.GetGrain<IRecommendationProfileGrain>(this.GetPrimaryKeyString())
                .RecordSavedTracksAsync([.. added.Select(item => item.Id)], addedAt);
        }
    }

    public async Task RemoveAsync(LibraryShelf shelf, ImmutableArray<string> ids)
    {
        var removing = ids.ToHashSet(StringComparer.Ordinal);
        if (state.State.Shelves.TryGetValue(shelf, out var items) && items.RemoveAll(item => removing.Contains(item.Id)) > 0)
        {
            await state.WriteStateAsync();
        }
    }

    public Task<ImmutableArray<bool>> ContainsAsync(LibraryShelf shelf, ImmutableArray<string> ids)
    {
        var present = Shelf(shelf).Select(item => item.Id).ToHashSet(StringComparer.Ordinal);
        return Task.FromResult(ids.Select(present.Contains).ToImmutableArray());
    }

    public Task<SavedItemPage> GetPageAsync(LibraryShelf shelf, int offset, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var items = Shelf(shelf);
        return Task.FromResult(new SavedItemPage([.. items.Skip(offset).Take(limit)], items.Count));
    }

    public Task<SavedItemPage> GetAfterAsync(LibraryShelf shelf, string? after, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var items = Shelf(shelf);
        var start = after is null ? 0 : items.FindIndex(item => item.Id == after) + 1;
        // An unknown cursor (the item was removed since) reads as the end of the list.
        var page = start == 0 && after is not null ? [] : items.Skip(start).Take(limit).ToImmutableArray();
        return Task.FromResult(new SavedItemPage(page, items.Count));
    }

    private List<SavedItem> Shelf(LibraryShelf shelf) =>
        state.State.Shelves.TryGetValue(shelf, out var items) ? items : [];

    private List<SavedItem> WritableShelf(LibraryShelf shelf)
    {
        if (!state.State.Shelves.TryGetValue(shelf, out var items))
        {
            items = [];
            state.State.Shelves[shelf] = items;
        }
        return items;
    }
}
