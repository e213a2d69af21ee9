namespace Spotify.Contracts.Media;

[GenerateSerializer, Alias("spotify.media.AudioJobStatus")]
public enum AudioJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
