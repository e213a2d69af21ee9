namespace Spotify.Gateway.Objects;

/// <summary>The answer to a bulk audio import: a job per file that belongs to a track, and the files skipped with the reason.</summary>
public sealed record AudioImportResponse(IReadOnlyList<ImportedAudioObject> Jobs, IReadOnlyList<SkippedAudioObject> Skipped);
