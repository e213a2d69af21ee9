using System.Collections.Immutable;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Playlists;

namespace Spotify.Grains.Tests;

public sealed class PlaylistGrainTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly string _owner = SpotifyId.NewId();

    private async Task<IPlaylistGrain> NewPlaylistAsync(bool isPublic = true, bool collaborative = false, params string[] tracks)
    {
        var playlist = fixture.Grains.GetGrain<IPlaylistGrain>(SpotifyId.NewId());
        await playlist.CreateAsync(new NewPlaylist(_owner, "Road trip", "Songs for the car", isPublic, collaborative));
        if (tracks.Length > 0)
        {
            await playlist.AddItemsAsync(_owner, [.. tracks], null, Now);
        }
        return playlist;
    }

    private async Task<List<string>> TrackIdsAsync(IPlaylistGrain playlist) =>
        (await playlist.GetItemsAsync(_owner, 0, IPlaylistGrain.MaxItems)).Items.Select(item => item.TrackId).ToList();

    [Fact]
    public async Task Items_are_appended_or_inserted_and_every_edit_changes_the_snapshot()
    {
        var playlist = await NewPlaylistAsync(tracks: ["a", "b"]);
        var before = (await playlist.GetAsync(_owner))!.SnapshotId;

        var afterInsert = await playlist.AddItemsAsync(_owner, ["x", "y"], 1, Now);
        var afterAppend = await playlist.AddItemsAsync(_owner, ["z"], null, Now);

        Assert.Equal(["a", "x", "y", "b", "z"], await TrackIdsAsync(playlist));
        Assert.Equal(3, new[] { before, afterInsert, afterAppend }.Distinct().Count());
        Assert.Equal(afterAppend, (await playlist.GetAsync(_owner))!.SnapshotId);
        var item = (await playlist.GetItemsAsync(null, 1, 1)).Items.Single();
        Assert.Equal(new PlaylistItem("x", Now, _owner), item);
    }

    [Fact]
    public async Task A_hundred_concurrent_adds_all_land()
    {
        var playlist = await NewPlaylistAsync();

        await Task.WhenAll(Enumerable.Range(0, 100).Select(index => playlist.AddItemsAsync(_owner, [$"t{index}"], null, Now)));

        var tracks = await TrackIdsAsync(playlist);
        Assert.Equal(100, tracks.Count);
        Assert.Equal(Enumerable.Range(0, 100).Select(index => $"t{index}").Order(), tracks.Order());
    }

    [Theory]
    [InlineData(0, 5, 1, new[] { "b", "c", "d", "e", "a" })]
    [InlineData(4, 0, 1, new[] { "e", "a", "b", "c", "d" })]
    [InlineData(1, 5, 2, new[] { "a", "d", "e", "b", "c" })]
    [InlineData(3, 1, 2, new[] { "a", "d", "e", "b", "c" })]
    [InlineData(1, 2, 2, new[] { "a", "b", "c", "d", "e" })]
    public async Task Reordering_moves_a_range_before_the_given_position(int rangeStart, int insertBefore, int rangeLength, string[] expected)
    {
        var playlist = await NewPlaylistAsync(tracks: ["a", "b", "c", "d", "e"]);

        await playlist.ReorderItemsAsync(_owner, rangeStart, insertBefore, rangeLength, snapshotId: null);

        Assert.Equal(expected, await TrackIdsAsync(playlist));
    }

    [Fact]
    public async Task A_reorder_against_a_stale_snapshot_is_rejected_and_changes_nothing()
    {
        var playlist = await NewPlaylistAsync(tracks: ["a", "b", "c"]);
        var seen = (await playlist.GetAsync(_owner))!.SnapshotId;
        await playlist.AddItemsAsync(_owner, ["d"], 0, Now);

        var rejected = await Assert.ThrowsAsync<PlaylistEditRejectedException>(() => playlist.ReorderItemsAsync(_owner, 0, 3, 1, seen));

        Assert.Equal(PlaylistEditRejection.StaleSnapshot, rejected.Rejection);
        Assert.Equal(["d", "a", "b", "c"], await TrackIdsAsync(playlist));
    }

    [Fact]
    public async Task A_concurrent_reorder_and_add_end_as_one_of_the_two_serial_orders()
    {
        for (var round = 0; round < 20; round++)
        {
            var playlist = await NewPlaylistAsync(tracks: ["a", "b", "c", "d"]);

            await Task.WhenAll(
                playlist.ReorderItemsAsync(_owner, 0, 4, 1, snapshotId: null),
                playlist.AddItemsAsync(_owner, ["x"], 1, Now));

            var reorderFirst = new[] { "b", "x", "c", "d", "a" };
            var addFirst = new[] { "x", "b", "c", "a", "d" };
            var result = await TrackIdsAsync(playlist);
            Assert.True(result.SequenceEqual(reorderFirst) || result.SequenceEqual(addFirst), string.Join(",", result));
        }
    }

    [Fact]
    public async Task Removal_by_position_must_name_the_track_there_and_removes_nothing_otherwise()
    {
        var playlist = await NewPlaylistAsync(tracks: ["a", "b", "a", "c"]);

        var rejected = await Assert.ThrowsAsync<PlaylistEditRejectedException>(() =>
            playlist.RemoveItemsAsync(_owner, [new ItemRemoval("a", [0]), new ItemRemoval("c", [1])], null));
        await playlist.RemoveItemsAsync(_owner, [new ItemRemoval("a", [2])], null);
        await playlist.RemoveItemsAsync(_owner, [new ItemRemoval("c", [])], null);

        Assert.Equal(PlaylistEditRejection.Invalid, rejected.Rejection);
        Assert.Equal(["a", "b"], await TrackIdsAsync(playlist));
    }

    [Fact]
    public async Task Only_the_owner_edits_a_public_playlist_and_strangers_do_not_see_a_private_one()
    {
        var stranger = SpotifyId.NewId();
        var open = await NewPlaylistAsync(isPublic: true, tracks: ["a"]);
        var secret = await NewPlaylistAsync(isPublic: false, tracks: ["a"]);

        var edit = await Assert.ThrowsAsync<PlaylistEditRejectedException>(() => open.AddItemsAsync(stranger, ["x"], null, Now));
        var rename = await Assert.ThrowsAsync<PlaylistEditRejectedException>(() =>
            open.ChangeDetailsAsync(stranger, new PlaylistChanges("Mine now", null, null, null)));
        var peek = await Assert.ThrowsAsync<PlaylistEditRejectedException>(() => secret.GetItemsAsync(stranger, 0, 10));

        Assert.Equal(PlaylistEditRejection.NotAllowed, edit.Rejection);
        Assert.Equal(PlaylistEditRejection.NotAllowed, rename.Rejection);
        Assert.Equal(PlaylistEditRejection.NotFound, peek.Rejection);
        Assert.NotNull(await open.GetAsync(stranger));
        Assert.Null(await secret.GetAsync(stranger));
        Assert.Equal(["a"], await TrackIdsAsync(open));
    }

    [Fact]
    public async Task Followers_of_a_collaborative_playlist_may_edit_its_items()
    {
        var collaborator = SpotifyId.NewId();
        var playlist = await NewPlaylistAsync(isPublic: false, collaborative: true, tracks: ["a"]);

        var before = await Assert.ThrowsAsync<PlaylistEditRejectedException>(() => playlist.AddItemsAsync(collaborator, ["x"], null, Now));
        await playlist.FollowAsync(collaborator);
        await playlist.AddItemsAsync(collaborator, ["x"], null, Now);

        Assert.Equal(PlaylistEditRejection.NotAllowed, before.Rejection);
        Assert.Equal(["a", "x"], await TrackIdsAsync(playlist));
        Assert.Equal(collaborator, (await playlist.GetItemsAsync(collaborator, 1, 1)).Items.Single().AddedBy);
        Assert.Equal<bool>([true, true], await playlist.GetFollowingAsync([_owner, collaborator]));
    }

    [Fact]
    public async Task Limits_of_100_items_an_edit_and_10000_a_playlist_hold()
    {
        var playlist = await NewPlaylistAsync();
        var hundred = Enumerable.Range(0, 100).Select(index => $"t{index}").ToImmutableArray();

        var tooMany = await Assert.ThrowsAsync<PlaylistEditRejectedException>(() => playlist.AddItemsAsync(_owner, hundred.Add("x"), null, Now));
        for (var batch = 0; batch < 100; batch++)
        {
            await playlist.AddItemsAsync(_owner, hundred, null, Now);
        }
        var full = await Assert.ThrowsAsync<PlaylistEditRejectedException>(() => playlist.AddItemsAsync(_owner, ["x"], null, Now));

        Assert.Equal(PlaylistEditRejection.Invalid, tooMany.Rejection);
        Assert.Equal(PlaylistEditRejection.Invalid, full.Rejection);
        Assert.Equal(IPlaylistGrain.MaxItems, (await playlist.GetAsync(_owner))!.ItemCount);
    }

    [Fact]
    public async Task A_collaborative_playlist_cannot_be_public()
    {
        var playlist = await NewPlaylistAsync(isPublic: true);

        var rejected = await Assert.ThrowsAsync<PlaylistEditRejectedException>(() =>
            playlist.ChangeDetailsAsync(_owner, new PlaylistChanges(null, null, null, Collaborative: true)));

        Assert.Equal(PlaylistEditRejection.Invalid, rejected.Rejection);
        Assert.False((await playlist.GetAsync(_owner))!.Collaborative);
    }
}
