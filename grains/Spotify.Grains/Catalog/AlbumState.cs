using Spotify.Contracts.Catalog;

namespace Spotify.Grains.Catalog;

[GenerateSerializer, Alias("spotify.grains.AlbumState")]
public sealed class AlbumState
{
    [Id(0)]
    public AlbumDetails? Album { get; set; }
}
