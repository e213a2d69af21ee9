using Spotify.Contracts.Ids;
using Spotify.Contracts.Library;

namespace Spotify.Grains.Tests;

public sealed class UserLibraryGrainTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Tuesday = Monday.AddDays(1);

    private IUserLibraryGrain NewLibrary() => fixture.Grains.GetGrain<IUserLibraryGrain>(SpotifyId.NewId());

    [Fact]
    public async Task Saved_items_are_listed_newest_first_and_keep_their_first_save_time()
    {
        var library = NewLibrary();
        await library.AddAsync(LibraryShelf.Tracks, ["a", "b"], Monday);

        await library.AddAsync(LibraryShelf.Tracks, ["c", "a"], Tuesday);
        var page = await library.GetPageAsync(LibraryShelf.Tracks, 0, 10);

        Assert.Equal(["c", "a", "b"], page.Items.Select(item => item.Id));
        Assert.Equal([Tuesday, Monday, Monday], page.Items.Select(item => item.AddedAt));
        Assert.Equal(3, page.Total);
    }

    [Fact]
    public async Task Shelves_are_separate_and_removal_and_contains_work_per_shelf()
    {
        var library = NewLibrary();
        await library.AddAsync(LibraryShelf.Albums, ["x", "y"], Monday);
        await library.AddAsync(LibraryShelf.FollowedArtists, ["x"], Monday);

        await library.RemoveAsync(LibraryShelf.Albums, ["x", "never-saved"]);

        Assert.Equal<bool>([false, true], await library.ContainsAsync(LibraryShelf.Albums, ["x", "y"]));
        Assert.Equal<bool>([true], await library.ContainsAsync(LibraryShelf.FollowedArtists, ["x"]));
        Assert.Equal(0, (await library.GetPageAsync(LibraryShelf.Tracks, 0, 10)).Total);
    }

    [Fact]
    public async Task Cursor_paging_continues_after_the_given_id()
    {
        var library = NewLibrary();
        await library.AddAsync(LibraryShelf.FollowedArtists, ["a", "b", "c", "d"], Monday);

        var first = await library.GetAfterAsync(LibraryShelf.FollowedArtists, null, 3);
        var second = await library.GetAfterAsync(LibraryShelf.FollowedArtists, first.Items[^1].Id, 3);
        var unknownCursor = await library.GetAfterAsync(LibraryShelf.FollowedArtists, "gone", 3);

        Assert.Equal(["a", "b", "c"], first.Items.Select(item => item.Id));
        Assert.Equal(["d"], second.Items.Select(item => item.Id));
        Assert.Empty(unknownCursor.Items);
    }

    [Fact]
    public async Task A_full_shelf_refuses_more_and_keeps_what_it_has()
    {
        var library = NewLibrary();
        var many = Enumerable.Range(0, IUserLibraryGrain.MaxItemsPerShelf).Select(index => $"t{index}").ToArray();
        await library.AddAsync(LibraryShelf.Tracks, [.. many], Monday);

        await Assert.ThrowsAsync<LibraryFullException>(() => library.AddAsync(LibraryShelf.Tracks, ["one-more"], Tuesday));
        Assert.Equal(IUserLibraryGrain.MaxItemsPerShelf, (await library.GetPageAsync(LibraryShelf.Tracks, 0, 1)).Total);
        await library.AddAsync(LibraryShelf.Tracks, ["t0"], Tuesday);
    }
}
