using Spotify.Contracts.Media;

namespace Spotify.Gateway.Objects;

/// <summary>An audio ingest job as the admin API shows it; <c>status</c> is queued, running, succeeded or failed.</summary>
public sealed record AudioJobObject(
    string Id,
    string TrackId,
    string Status,
    double Progress,
    int Attempts,
    string? PublishedVersion,
    string? Error,
    string CreatedAt,
    string UpdatedAt,
    string Href)
{
    public static AudioJobObject From(AudioJob job, string href) => new(
        job.Id,
        job.TrackId,
        job.Status.ToString().ToLowerInvariant(),
        Math.Round(job.Progress, 3),
        job.Attempts,
        job.PublishedVersion,
        job.Error,
        Timestamps.Format(job.CreatedAt),
        Timestamps.Format(job.UpdatedAt),
        href);
}
