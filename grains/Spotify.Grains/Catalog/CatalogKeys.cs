namespace Spotify.Grains.Catalog;

internal static class CatalogKeys
{
    /// <summary>Refuses to store an item under another grain's key, which would make it unreachable.</summary>
    public static void EnsureMatches(string grainKey, string itemId, string kind)
    {
        if (!string.Equals(grainKey, itemId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The {kind} id '{itemId}' does not match the grain key '{grainKey}'.", nameof(itemId));
        }
    }
}
