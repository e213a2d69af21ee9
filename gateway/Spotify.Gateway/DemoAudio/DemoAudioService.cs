using Microsoft.Extensions.Options;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Media;
using Spotify.Gateway.AudioIngest;
using Spotify.Grains.Catalog.Demo;

namespace Spotify.Gateway.DemoAudio;

/// <summary>
/// Once the gateway has started, synthesises audio for demo tracks that have none and queues it as
/// ordinary ingest jobs. The job id is fixed per track, so each start rebuilds the same version
/// folder instead of adding one. Without ffmpeg it says so and does nothing.
/// </summary>
public sealed class DemoAudioService(
    IGrainFactory grains,
    AudioTools tools,
    AudioStaging staging,
    AudioJobs jobs,
    IOptions<DemoAudioOptions> options,
    IOptions<AudioIngestOptions> ingestOptions,
    IHostApplicationLifetime lifetime,
    ILogger<DemoAudioService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var tracks = DemoAudioTracks.Choose(options.Value.Tracks);
        if (tracks.Count == 0)
        {
            return;
        }
        if (tools.Tools is null)
        {
            logger.LogWarning("The demo catalog has no audio: {Reason}", tools.MissingReason);
            return;
        }
        // Start-up first: the API answers before any ffmpeg runs.
        await WhenStartedAsync(stoppingToken);
        var queued = 0;
        foreach (var track in tracks)
        {
            try
            {
                if (await QueueIfSilentAsync(track, stoppingToken))
                {
                    queued++;
                }
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                // Demo audio is a convenience: a failure is reported, and never stops the gateway.
                logger.LogError(failure, "No demo audio for track {TrackId} ({Genre})", track.TrackId, track.Genre);
            }
        }
        if (queued > 0)
        {
            logger.LogInformation("Demo audio: {Count} tracks queued for transcoding (see GET /v1/admin/jobs/{{id}})", queued);
        }
    }

    private async Task<bool> QueueIfSilentAsync(DemoAudioTrack track, CancellationToken cancellationToken)
    {
        var jobId = SpotifyId.FromNaturalKey("demo-audio:" + track.TrackId);
        var trackGrain = grains.GetGrain<ITrackGrain>(track.TrackId);
        // Not seeded (Spotify:DemoCatalog:SeedOnStart off), already heard, or already on its way.
        if (await trackGrain.GetAsync() is null
            || await trackGrain.GetAudioAsync() is not null
            || await grains.GetGrain<IAudioJobGrain>(jobId).GetAsync() is not null)
        {
            return false;
        }
        var clip = Path.Combine(Directory.CreateTempSubdirectory("spotify-demo-audio-").FullName, "clip.wav");
        try
        {
            await DemoClips.SynthesizeAsync(tools.Tools!, track.Genre, track.Variation, options.Value.ClipLength, clip, cancellationToken);
            await using var content = File.OpenRead(clip);
            var staged = await staging.StageAsync(jobId, track.TrackId, clip, content, ingestOptions.Value.MaxUploadBytes, cancellationToken);
            var (job, notAudio) = await jobs.SubmitAsync(staged, cancellationToken);
            return job is not null
                ? true
                : throw new InvalidOperationException($"The synthesised demo clip for {track.TrackId} is not audio: {notAudio}");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(clip)!, recursive: true);
        }
    }

    private Task WhenStartedAsync(CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(cancellationToken);
    }
}
