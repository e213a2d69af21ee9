using Spotify.Contracts.Catalog;

namespace Spotify.Grains.Catalog;

internal static class AlbumOrder
{
    /// <summary>Newest release first; ties by name, then id, so pages never shuffle.</summary>
    public static readonly IComparer<AlbumRef> NewestFirst = Comparer<AlbumRef>.Create((left, right) =>
    {
        var byDate = right.ReleaseDate.Date.CompareTo(left.ReleaseDate.Date);
        if (byDate != 0)
        {
            return byDate;
        }
        var byName = string.Compare(left.Name, right.Name, StringComparison.Ordinal);
        return byName != 0 ? byName : string.Compare(left.Id, right.Id, StringComparison.Ordinal);
    });

    /// <summary>Replaces listed albums by id, adds the rest, and keeps the list newest first.</summary>
    public static void Merge(List<AlbumRef> listed, IEnumerable<AlbumRef> albums)
    {
        var incoming = albums.DistinctBy(album => album.Id).ToList();
        var incomingIds = incoming.Select(album => album.Id).ToHashSet(StringComparer.Ordinal);
        listed.RemoveAll(album => incomingIds.Contains(album.Id));
        listed.AddRange(incoming);
        listed.Sort(NewestFirst);
    }
}
