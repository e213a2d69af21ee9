using Orleans.Concurrency;

namespace Spotify.Contracts.Media;

/// <summary>
/// The record of one audio ingest job, keyed by the job's id. Transcoding itself runs outside
/// grains, in a worker that reports here.
/// </summary>
[Alias("spotify.media.IAudioJobGrain")]
public interface IAudioJobGrain : IGrainWithStringKey
{
    /// <summary>Records a new job for the track; the same id again is a no-op.</summary>
    [Alias("CreateAsync")]
    Task<AudioJob> CreateAsync(string trackId);

    /// <summary>The job, or null when no job has this id.</summary>
    [Alias("GetAsync")]
    Task<AudioJob?> GetAsync();

    /// <summary>A worker starts an attempt; returns its number.</summary>
    [Alias("StartAttemptAsync")]
    Task<int> StartAttemptAsync();

    [OneWay, Alias("ReportProgressAsync")]
    Task ReportProgressAsync(double progress);

    [Alias("SucceedAsync")]
    Task SucceedAsync(string publishedVersion);

    /// <summary>An attempt failed; <paramref name="final"/> when no retry follows, which fails the job.</summary>
    [Alias("FailAttemptAsync")]
    Task FailAttemptAsync(string error, bool final);
}
