namespace Spotify.Hosting.Database;

public sealed class SchemaMigrationException(string? scriptName, Exception? cause)
    : Exception($"Applying database script {scriptName ?? "(unknown)"} failed: {cause?.Message}", cause);
