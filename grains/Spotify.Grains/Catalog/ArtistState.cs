using Spotify.Contracts.Catalog;

namespace Spotify.Grains.Catalog;

[GenerateSerializer, Alias("spotify.grains.ArtistState")]
public sealed class ArtistState
{
    [Id(0)]
    public ArtistDetails? Artist { get; set; }
}
