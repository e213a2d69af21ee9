using Spotify.Contracts.Catalog;

namespace Spotify.Grains.Catalog;

[GenerateSerializer, Alias("spotify.grains.ArtistState")]
public sealed class ArtistState
{
    [Id(0)]
    public ArtistDetails? Artist { get; set; }

    /// <summary>Albums the artist made or appears on, newest first.</summary>
    [Id(1)]
    public List<AlbumRef> Albums { get; set; } = [];

    /// <summary>Popularity of each of the artist's tracks, by track id.</summary>
    [Id(2)]
    public Dictionary<string, int> TrackPopularity { get; set; } = [];
}
