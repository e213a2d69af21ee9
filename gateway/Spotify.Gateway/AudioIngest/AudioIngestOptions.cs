using System.ComponentModel.DataAnnotations;

namespace Spotify.Gateway.AudioIngest;

/// <summary>How this gateway takes in audio: where uploads wait, how many jobs run at once, how failures are retried.</summary>
public sealed class AudioIngestOptions
{
    public const string Section = "Spotify:Media:Ingest";

    /// <summary>Where uploads wait until their job succeeds or finally fails; jobs left there are resumed at start.</summary>
    [Required]
    public string StagingDirectory { get; set; } = "data/ingest";

    /// <summary>Jobs transcoding at once. Each runs ffmpeg encoders in parallel, so one per two cores is plenty.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 1;

    /// <summary>Attempts per job before it is reported failed; audio ffprobe cannot read fails at once.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The wait before the second attempt; it doubles for each attempt after that.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The largest upload taken, in bytes.</summary>
    [Range(1, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 1L << 30;

    /// <summary>The folder that bulk imports may read from; bulk import is off while it is not set.</summary>
    public string? ImportRoot { get; set; }

    /// <summary>The ffmpeg to run (ffprobe is looked for next to it); when unset, <c>SPOTIFY_FFMPEG</c>, then PATH.</summary>
    public string? FfmpegPath { get; set; }
}
