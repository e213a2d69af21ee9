namespace Spotify.Contracts.Media;

/// <summary>
/// An audio ingest job as its grain knows it: which track, how far it got (0 to 1), which attempt,
/// and, once it ended, the published version or why it failed.
/// </summary>
[GenerateSerializer, Immutable, Alias("spotify.media.AudioJob")]
public sealed record AudioJob(
    string Id,
    string TrackId,
    AudioJobStatus Status,
    double Progress,
    int Attempts,
    string? PublishedVersion,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
