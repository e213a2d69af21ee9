using System.Collections.Immutable;

namespace Spotify.Contracts.Library;

/// <summary>
/// A user's library, keyed by the user's id: saved tracks and albums, and the artists, users and
/// playlists they follow. Each shelf lists the most recently added first.
/// </summary>
[Alias("spotify.library.IUserLibraryGrain")]
public interface IUserLibraryGrain : IGrainWithStringKey
{
    /// <summary>How many items one shelf holds at most, as Spotify caps a library.</summary>
    const int MaxItemsPerShelf = 10_000;

    /// <summary>Adds the ids not on the shelf yet, all with the given time; ids already there keep theirs.</summary>
    [Alias("AddAsync")]
    Task AddAsync(LibraryShelf shelf, ImmutableArray<string> ids, DateTimeOffset addedAt);

    [Alias("RemoveAsync")]
    Task RemoveAsync(LibraryShelf shelf, ImmutableArray<string> ids);

    /// <summary>For each id, in order, whether it is on the shelf.</summary>
    [Alias("ContainsAsync")]
    Task<ImmutableArray<bool>> ContainsAsync(LibraryShelf shelf, ImmutableArray<string> ids);

    [Alias("GetPageAsync")]
    Task<SavedItemPage> GetPageAsync(LibraryShelf shelf, int offset, int limit);

    /// <summary>The items after the one with id <paramref name="after"/> (from the start when null), for cursor paging.</summary>
    [Alias("GetAfterAsync")]
    Task<SavedItemPage> GetAfterAsync(LibraryShelf shelf, string? after, int limit);
}
