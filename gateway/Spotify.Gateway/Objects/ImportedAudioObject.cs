namespace Spotify.Gateway.Objects;

/// <summary>A file of a bulk import and the job that ingests it; <c>file</c> is relative to the imported folder.</summary>
public sealed record ImportedAudioObject(string File, string TrackUri, AudioJobObject Job);
