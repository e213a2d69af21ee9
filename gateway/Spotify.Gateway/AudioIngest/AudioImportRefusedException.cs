namespace Spotify.Gateway.AudioIngest;

/// <summary>A bulk import that cannot start; the message says why.</summary>
public sealed class AudioImportRefusedException(string message) : Exception(message);
