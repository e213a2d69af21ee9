using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spotify.Hosting.Configuration;
using Spotify.Hosting.Database;
using Spotify.Hosting.Health;
using StackExchange.Redis;

namespace Spotify.Hosting;

/// <summary>
/// The gateway's side of hosting: in the Embedded profile it hosts a silo, in the Cluster profile
/// it is an Orleans client sharing Redis, blob storage and PostgreSQL with its replicas.
/// </summary>
public static class GatewayHostingExtensions
{
    /// <param name="configureEmbeddedSilo">Adds the grains' own services to a silo hosted in the gateway.</param>
    /// <returns>What the gateway's own services need to know of the hosting choice.</returns>
    /// <exception cref="Configuration.HostingConfigurationException">A setting is missing or malformed.</exception>
    public static GatewayHosting AddSpotifyGatewayHosting(this IHostApplicationBuilder builder, Action<ISiloBuilder> configureEmbeddedSilo)
    {
        var profile = ProfileReader.Read(builder.Configuration);
        var healthChecks = builder.Services.AddHealthChecks()
            .AddCheck<OrleansClusterHealthCheck>("orleans", tags: [HealthTags.Ready]);

        if (profile == SpotifyProfile.Embedded)
        {
            var settings = SiloSettings.Read(builder.Configuration);
            builder.UseOrleans(silo =>
            {
                silo.AddSpotifySilo(settings);
                configureEmbeddedSilo(silo);
            });
            return new GatewayHosting(profile, PostgresConnectionString: null);
        }

        var clientSettings = GatewayClientSettings.Read(builder.Configuration);
        builder.UseOrleansClient(client => client.AddSpotifyClient(clientSettings));

        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectRedis(clientSettings.RedisConnectionString));
        builder.Services.AddSingleton(_ => new BlobServiceClient(clientSettings.BlobsConnectionString));
        builder.Services.AddSpotifySearch(profile, clientSettings.PostgresConnectionString);

        healthChecks
            .AddNpgSql(clientSettings.PostgresConnectionString, name: "postgres", tags: [HealthTags.Ready])
            .AddRedis(services => services.GetRequiredService<IConnectionMultiplexer>(), name: "redis", tags: [HealthTags.Ready])
            .AddCheck<BlobStorageHealthCheck>("blobs", tags: [HealthTags.Ready]);
        if (clientSettings.MigrateOnStart)
        {
            // Gateways migrate too (under the same lock as silos), so they never wait on a silo for their own tables.
            builder.Services.AddSingleton(services => new SchemaMigrator(
                clientSettings.PostgresConnectionString, services.GetRequiredService<ILogger<SchemaMigrator>>()));
            builder.Services.AddHostedService<SchemaMigrationHostedService>();
        }
        return new GatewayHosting(profile, clientSettings.PostgresConnectionString);
    }

    private static ConnectionMultiplexer ConnectRedis(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        // Start even while Redis is down; readiness reports it and the multiplexer reconnects.
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(options);
    }
}
