using Spotify.Contracts.Catalog;

namespace Spotify.Grains.Catalog;

[GenerateSerializer, Alias("spotify.grains.TrackState")]
public sealed class TrackState
{
    [Id(0)]
    public TrackDetails? Track { get; set; }
}
