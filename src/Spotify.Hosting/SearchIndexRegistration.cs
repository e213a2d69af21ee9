using Microsoft.Extensions.DependencyInjection;
using Spotify.Search;
using Spotify.Search.InMemory;
using Spotify.Search.Postgres;

namespace Spotify.Hosting;

/// <summary>
/// The search index by profile: in this process's memory for Embedded (the gateway and its silo
/// share it), PostgreSQL for Cluster (silos write it, gateways read it).
/// </summary>
public static class SearchIndexRegistration
{
    public static IServiceCollection AddSpotifySearch(this IServiceCollection services, SpotifyProfile profile, string? postgresConnectionString) =>
        profile switch
        {
            SpotifyProfile.Embedded => services.AddSingleton<ISearchIndex, InMemorySearchIndex>(),
            SpotifyProfile.Cluster => services.AddSingleton<ISearchIndex>(_ => new PostgresSearchIndex(
                postgresConnectionString ?? throw new ArgumentException("The Cluster profile needs a PostgreSQL connection string.", nameof(postgresConnectionString)))),
            _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "Unknown hosting profile."),
        };
}
