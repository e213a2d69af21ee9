using Spotify.Contracts.Ids;
using Spotify.Contracts.Media;
using Spotify.Media.Analysis;

namespace Spotify.Gateway.AudioIngest;

/// <summary>
/// Turns a staged file into a queued job, after ffprobe has said it is audio: what cannot be
/// transcoded is refused while the uploader still waits for an answer.
/// </summary>
public sealed class AudioJobs(IGrainFactory grains, AudioTools tools, AudioStaging staging, AudioIngestQueue queue)
{
    public static string NewJobId() => SpotifyId.NewId();

    /// <returns>The queued job, or the reason the file is not audio (the staged file is then removed).</returns>
    public async Task<(AudioJob? Job, string? NotAudio)> SubmitAsync(StagedAudio staged, CancellationToken cancellationToken)
    {
        try
        {
            await new AudioProbe(tools.Tools!).ProbeAsync(staged.FilePath, cancellationToken);
        }
        catch (UnsupportedAudioException notAudio)
        {
            staging.Remove(staged);
            return (null, notAudio.Message);
        }
        var job = await grains.GetGrain<IAudioJobGrain>(staged.JobId).CreateAsync(staged.TrackId);
        queue.Enqueue(staged);
        return (job, null);
    }
}
