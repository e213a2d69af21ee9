using Spotify.Contracts;
using Spotify.Contracts.Media;

namespace Spotify.Grains.Media;

/// <summary>
/// The record of one audio ingest job. Progress is kept in memory only: it changes many times a
/// second and is worth nothing after a restart, when the attempt starts again from 0.
/// </summary>
public sealed class AudioJobGrain(
    [PersistentState("audio-job", ProviderNames.CatalogStorage)] IPersistentState<AudioJobState> state,
    TimeProvider time)
    : Grain, IAudioJobGrain
{
    private AudioJob? Job => state.State.Job;

    public async Task<AudioJob> CreateAsync(string trackId)
    {
        if (Job is { } existing)
        {
            return existing;
        }
        var now = time.GetUtcNow();
        state.State.Job = new AudioJob(this.GetPrimaryKeyString(), trackId, AudioJobStatus.Queued, 0, 0, null, null, now, now);
        await state.WriteStateAsync();
        return state.State.Job;
    }

    public Task<AudioJob?> GetAsync() => Task.FromResult(Job);

    public async Task<int> StartAttemptAsync()
    {
        var job = Existing();
        await SaveAsync(job with { Status = AudioJobStatus.Running, Progress = 0, Attempts = job.Attempts + 1 });
        return job.Attempts + 1;
    }

    public Task ReportProgressAsync(double progress)
    {
        if (Job is { Status: AudioJobStatus.Running } job && progress > job.Progress)
        {
            state.State.Job = job with { Progress = Math.Min(progress, 1), UpdatedAt = time.GetUtcNow() };
        }
        return Task.CompletedTask;
    }

    public Task SucceedAsync(string publishedVersion) =>
        SaveAsync(Existing() with { Status = AudioJobStatus.Succeeded, Progress = 1, PublishedVersion = publishedVersion, Error = null });

    public Task FailAttemptAsync(string error, bool final) =>
        SaveAsync(Existing() with { Status = final ? AudioJobStatus.Failed : AudioJobStatus.Queued, Error = error });

    private AudioJob Existing() =>
        Job ?? throw new InvalidOperationException($"Audio job {this.GetPrimaryKeyString()} was never created.");

    private async Task SaveAsync(AudioJob job)
    {
        state.State.Job = job with { UpdatedAt = time.GetUtcNow() };
        await state.WriteStateAsync();
    }
}
