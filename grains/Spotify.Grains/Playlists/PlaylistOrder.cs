using Spotify.Contracts.Playlists;

namespace Spotify.Grains.Playlists;

/// <summary>Spotify's playlist reorder: a range of items moves to stand before another position.</summary>
public static class PlaylistOrder
{
    /// <summary>
    /// Moves <paramref name="rangeLength"/> items from <paramref name="rangeStart"/> so that they
    /// stand before the item that was at <paramref name="insertBefore"/> (the end when it equals the
    /// count). A target inside the range itself leaves the order as it is. The arguments are
    /// checked by the caller.
    /// </summary>
    public static void MoveRange(List<PlaylistItem> items, int rangeStart, int insertBefore, int rangeLength)
    {
        var moving = items.GetRange(rangeStart, rangeLength);
        items.RemoveRange(rangeStart, rangeLength);
        var target = insertBefore > rangeStart ? Math.Max(rangeStart, insertBefore - rangeLength) : insertBefore;
        items.InsertRange(target, moving);
    }
}
