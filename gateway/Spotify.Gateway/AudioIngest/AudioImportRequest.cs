namespace Spotify.Gateway.AudioIngest;

/// <summary>The body of a bulk import: a folder relative to the import root (the root itself when empty).</summary>
public sealed record AudioImportRequest(string? Directory);
