using Spotify.Contracts.Playlists;

namespace Spotify.Grains.Playlists;

[GenerateSerializer, Alias("spotify.grains.PlaylistState")]
public sealed class PlaylistState
{
    /// <summary>Null until the playlist is created.</summary>
    [Id(0)]
    public string? OwnerId { get; set; }

    [Id(1)]
    public string Name { get; set; } = "";

    [Id(2)]
    public string Description { get; set; } = "";

    [Id(3)]
    public bool Public { get; set; }

    [Id(4)]
    public bool Collaborative { get; set; }

    [Id(5)]
    public string SnapshotId { get; set; } = "";

    [Id(6)]
    public List<PlaylistItem> Items { get; set; } = [];

    /// <summary>Users who follow the playlist; on a collaborative playlist they may edit its items.</summary>
    [Id(7)]
    public HashSet<string> Followers { get; set; } = [];

    /// <summary>The one user a platform-made playlist is for, who may read it though it is private; null for the others.</summary>
    [Id(8)]
    public string? MadeForId { get; set; }
}
