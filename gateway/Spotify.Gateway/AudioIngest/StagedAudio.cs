namespace Spotify.Gateway.AudioIngest;

/// <summary>An uploaded file waiting in the staging folder for its job.</summary>
public sealed record StagedAudio(string JobId, string TrackId, string FilePath);
