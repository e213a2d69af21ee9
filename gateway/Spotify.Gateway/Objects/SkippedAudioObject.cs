namespace Spotify.Gateway.Objects;

/// <summary>A file a bulk import left alone, and why.</summary>
public sealed record SkippedAudioObject(string File, string Reason);
