using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spotify.Recommendations.Archive;

namespace Spotify.Hosting;

/// <summary>
/// The archive of accepted plays by profile: JSON-lines files in a folder for Embedded
/// (<c>Spotify:Archive:Directory</c>, by default <c>data/listening-archive</c> under the working
/// directory), the day-partitioned <c>listening_events</c> table for Cluster.
/// </summary>
public static class ListeningArchiveRegistration
{
    public const string DirectoryKey = "Spotify:Archive:Directory";
    public const string DefaultDirectory = "data/listening-archive";

    public static IServiceCollection AddSpotifyListeningArchive(
        this IServiceCollection services, SpotifyProfile profile, string? postgresConnectionString, IConfiguration configuration) =>
        profile switch
        {
            SpotifyProfile.Embedded => services.AddSingleton<IListeningArchive>(_ =>
                new FileListeningArchive(Path.GetFullPath(configuration[DirectoryKey] ?? DefaultDirectory))),
            SpotifyProfile.Cluster => services.AddSingleton<IListeningArchive>(_ => new PostgresListeningArchive(
                postgresConnectionString ?? throw new ArgumentException("The Cluster profile needs a PostgreSQL connection string.", nameof(postgresConnectionString)))),
            _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "Unknown hosting profile."),
        };
}
