using Microsoft.Extensions.Options;

namespace Spotify.Gateway.AudioIngest;

/// <summary>
/// Runs audio jobs outside the grains, at most <see cref="AudioIngestOptions.Concurrency"/> at once:
/// first the ones a previous run of this gateway left staged, then what the queue brings.
/// </summary>
public sealed class AudioIngestWorker(
    AudioIngestQueue queue,
    AudioStaging staging,
    AudioJobRunner runner,
    AudioTools tools,
    IOptions<AudioIngestOptions> options,
    ILogger<AudioIngestWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (tools.MissingReason is { } missing)
        {
            logger.LogWarning("{Reason}", missing);
            return;
        }
        foreach (var staged in staging.List())
        {
            logger.LogInformation("Resuming audio job {JobId} for track {TrackId}", staged.JobId, staged.TrackId);
            queue.Enqueue(staged);
        }
        try
        {
            await Parallel.ForEachAsync(
                queue.ReadAllAsync(stoppingToken),
                new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = stoppingToken },
                RunOrRequeueAsync);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Audio ingest stopped; unfinished jobs resume at the next start");
        }
    }

    private async ValueTask RunOrRequeueAsync(StagedAudio staged, CancellationToken cancellationToken)
    {
        try
        {
            await runner.RunAsync(staged, cancellationToken);
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
        {
            // The runner handles what a job's audio can do wrong; this is the cluster being out of reach.
            logger.LogError(failure, "Audio job {JobId} could not report to its grain; it is queued again", staged.JobId);
            await Task.Delay(options.Value.RetryDelay, cancellationToken);
            queue.Enqueue(staged);
        }
    }
}
