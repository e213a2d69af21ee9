using Spotify.Contracts.Catalog;

namespace Spotify.Grains.Catalog;

[GenerateSerializer, Alias("spotify.grains.NewReleasesState")]
public sealed class NewReleasesState
{
    /// <summary>Newest release first.</summary>
    [Id(0)]
    public List<AlbumRef> Albums { get; set; } = [];
}
