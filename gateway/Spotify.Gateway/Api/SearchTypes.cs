using Spotify.Search;

namespace Spotify.Gateway.Api;

/// <summary>Reads the <c>type</c> parameter of a search: a comma-separated list of item types.</summary>
internal static class SearchTypes
{
    private static readonly Dictionary<string, SearchItemType> ByName = new(StringComparer.Ordinal)
    {
        ["album"] = SearchItemType.Album,
        ["artist"] = SearchItemType.Artist,
        ["playlist"] = SearchItemType.Playlist,
        ["track"] = SearchItemType.Track,
    };

    public static string NameOf(SearchItemType type) => ByName.First(entry => entry.Value == type).Key;

    public static bool TryRead(string? raw, out IReadOnlySet<SearchItemType> types, out string error)
    {
        types = new HashSet<SearchItemType>();
        if (string.IsNullOrWhiteSpace(raw))
        {
            error = "Missing parameter type";
            return false;
        }
        var read = new HashSet<SearchItemType>();
        foreach (var name in raw.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!ByName.TryGetValue(name, out var type))
            {
                error = $"Bad search type field {name}: expected a comma-separated list of {string.Join(", ", ByName.Keys)}";
                return false;
            }
            read.Add(type);
        }
        types = read;
        error = "";
        return true;
    }
}
