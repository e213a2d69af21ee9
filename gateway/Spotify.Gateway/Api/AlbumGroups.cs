using System.Collections.Immutable;
using Spotify.Contracts.Catalog;
using Spotify.Gateway.Objects;

namespace Spotify.Gateway.Api;

/// <summary>Reads the <c>include_groups</c> parameter of an artist's albums: album, single, appears_on, compilation.</summary>
public static class AlbumGroups
{
    public static readonly ImmutableArray<AlbumGroup> All = [AlbumGroup.Album, AlbumGroup.Single, AlbumGroup.AppearsOn, AlbumGroup.Compilation];

    public static bool TryRead(string? includeGroups, out ImmutableArray<AlbumGroup> groups, out string error)
    {
        groups = All;
        error = "";
        if (includeGroups is null)
        {
            return true;
        }
        var names = All.ToDictionary(CatalogObjects.GroupName, StringComparer.Ordinal);
        var requested = includeGroups.Split(',', StringSplitOptions.TrimEntries);
        if (requested.Any(name => !names.ContainsKey(name)))
        {
            error = "Invalid include_groups: use album, single, appears_on and compilation, separated by commas";
            return false;
        }
        groups = [.. requested.Select(name => names[name]).Distinct()];
        return true;
    }
}
