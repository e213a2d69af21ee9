using Microsoft.Extensions.Options;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Media;
using Spotify.Media.Analysis;
using Spotify.Media.Encryption;
using Spotify.Media.Publishing;
using Spotify.Media.Storage;

namespace Spotify.Gateway.AudioIngest;

/// <summary>
/// Runs one job to its end: builds the track version named after the job, publishes it on the
/// track (all renditions at once), and reports every attempt on the job's grain. Failures are
/// retried with a doubling delay; audio ffprobe cannot read is not. The staged upload is removed
/// once the job has ended either way.
/// </summary>
public sealed class AudioJobRunner(
    IGrainFactory grains,
    IBlobStore store,
    AudioTools tools,
    AudioStaging staging,
    IOptions<AudioIngestOptions> options,
    TimeProvider time,
    ILogger<AudioJobRunner> logger)
{
    // Loudness below ITU-R BS.1770's absolute gate (silence) is stored as the gate itself.
    private const double SilentLufs = -70;
    private const double SilentPeakDb = -150;

    public async Task RunAsync(StagedAudio staged, CancellationToken cancellationToken)
    {
        var job = grains.GetGrain<IAudioJobGrain>(staged.JobId);
        // A job staged before a restart of an Embedded gateway, whose grains kept state in memory, is recorded again.
        var current = await job.GetAsync() ?? await job.CreateAsync(staged.TrackId);
        if (current.Status is AudioJobStatus.Succeeded or AudioJobStatus.Failed)
        {
            staging.Remove(staged);
            return;
        }
        while (!await TryAttemptAsync(job, staged, cancellationToken))
        {
            var attempts = (await job.GetAsync())!.Attempts;
            await Task.Delay(options.Value.RetryDelay * Math.Pow(2, attempts - 1), time, cancellationToken);
        }
        staging.Remove(staged);
    }

    /// <returns>Whether the job has ended, in success or in final failure.</returns>
    private async Task<bool> TryAttemptAsync(IAudioJobGrain job, StagedAudio staged, CancellationToken cancellationToken)
    {
        var attempt = await job.StartAttemptAsync();
        var track = grains.GetGrain<ITrackGrain>(staged.TrackId);
        var version = staged.JobId;
        try
        {
            var key = await track.GetOrCreateContentKeyAsync();
            if (key.IsEmpty)
            {
                await job.FailAttemptAsync($"Track {staged.TrackId} is not in the catalog.", final: true);
                return true;
            }
            var built = await new TrackVersionBuilder(tools.Tools!, store).BuildAsync(
                staged.FilePath, staged.TrackId, version, ContentKey.FromBytes(key.AsSpan()), $"/v1/tracks/{staged.TrackId}/key",
                new JobProgress(job), cancellationToken);
            await track.PublishAudioAsync(TrackAudioOf(built));
            await job.SucceedAsync(version);
            logger.LogInformation("Audio job {JobId} published version {Version} of track {TrackId}", staged.JobId, version, staged.TrackId);
            return true;
        }
        catch (UnsupportedAudioException unsupported)
        {
            await job.FailAttemptAsync(unsupported.Message, final: true);
            logger.LogWarning("Audio job {JobId} for track {TrackId} failed: {Reason}", staged.JobId, staged.TrackId, unsupported.Message);
            return true;
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
        {
            if (await track.GetAudioAsync() is { } published && published.Version == version)
            {
                // The publish call failed on its way back, not on the track: the version is live.
                await job.SucceedAsync(version);
                return true;
            }
            await store.DeleteFolderAsync($"tracks/{staged.TrackId}/{version}", CancellationToken.None);
            var final = attempt >= options.Value.MaxAttempts;
            await job.FailAttemptAsync($"Attempt {attempt} failed: {failure.Message}", final);
            logger.LogWarning(failure, "Audio job {JobId} attempt {Attempt} failed{Final}", staged.JobId, attempt, final ? ", no attempt left" : "");
            return final;
        }
    }

    private TrackAudio TrackAudioOf(BuiltTrackVersion built) => new(
        built.Version,
        (int)Math.Round(built.Duration.TotalMilliseconds),
        Math.Round(built.Loudness.IsSilent ? SilentLufs : built.Loudness.IntegratedLufs, 1),
        Math.Round(double.IsNegativeInfinity(built.Loudness.TruePeakDbtp) ? SilentPeakDb : built.Loudness.TruePeakDbtp, 1),
        [.. built.Renditions.Select(rendition => new AudioRendition(
            rendition.Codec, rendition.BitrateKbps, rendition.BlobPath, rendition.Bytes, rendition.InitialCounter))],
        built.HlsMasterPath,
        time.GetUtcNow());

    /// <summary>Passes progress on to the job's grain, a report per whole percent.</summary>
    private sealed class JobProgress(IAudioJobGrain job) : IProgress<double>
    {
        private int _lastPercent = -1;

        public void Report(double value)
        {
            var percent = (int)(value * 100);
            if (Interlocked.Exchange(ref _lastPercent, percent) != percent)
            {
                // One-way: the call returns at once and the worker never waits on the grain.
                _ = job.ReportProgressAsync(percent / 100.0);
            }
        }
    }
}
