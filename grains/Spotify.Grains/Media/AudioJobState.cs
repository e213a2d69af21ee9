using Spotify.Contracts.Media;

namespace Spotify.Grains.Media;

[GenerateSerializer, Alias("spotify.grains.AudioJobState")]
public sealed class AudioJobState
{
    [Id(0)]
    public AudioJob? Job { get; set; }
}
