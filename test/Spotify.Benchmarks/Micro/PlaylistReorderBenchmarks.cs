using BenchmarkDotNet.Attributes;
using Spotify.Contracts.Playlists;
using Spotify.Grains.Playlists;

namespace Spotify.Benchmarks.Micro;

/// <summary>
/// Moving items within a playlist as <c>PUT /v1/playlists/{id}/tracks</c> with a range does, on a
/// playlist of Spotify's maximum size (10,000 items) and a small one. Each move is undone by the next,
/// so every invocation sees the same list.
/// </summary>
[MemoryDiagnoser]
public class PlaylistReorderBenchmarks
{
    private List<PlaylistItem> _items = [];

    [Params(100, 10_000)]
    public int Items { get; set; }

    [Params(1, 50)]
    public int RangeLength { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var added = DateTimeOffset.UnixEpoch;
        _items = [.. Enumerable.Range(0, Items).Select(index => new PlaylistItem($"track-{index}", added.AddMinutes(index), "owner"))];
    }

    /// <summary>The last items to the top, then back to the end.</summary>
    [Benchmark]
    public int MoveLastToFirstAndBack()
    {
        PlaylistOrder.MoveRange(_items, rangeStart: Items - RangeLength, insertBefore: 0, RangeLength);
        PlaylistOrder.MoveRange(_items, rangeStart: 0, insertBefore: Items, RangeLength);
        return _items.Count;
    }
}
