namespace Spotify.Testing;

/// <summary>
/// The real services <c>./test.sh</c> starts for the integration suites, found through the
/// environment variables it exports.
/// </summary>
public static class TestServices
{
    public static string PostgresConnectionString => Require("SPOTIFY_POSTGRES");

    public static string RedisConnectionString => Require("SPOTIFY_REDIS");

    public static string BlobsConnectionString => Require("SPOTIFY_BLOBS");

    private static string Require(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{variable} is not set: run the suites through ./test.sh, which starts PostgreSQL, Redis and Azurite and exports it.");
}
