using Spotify.Contracts.Media;

namespace Spotify.Gateway.AudioIngest;

/// <summary>What a bulk import did with each file: queued a job for it, or skipped it with a reason. File names are relative to the imported folder.</summary>
public sealed record AudioImportResult(
    IReadOnlyList<(string File, AudioJob Job)> Queued,
    IReadOnlyList<(string File, string Reason)> Skipped);
