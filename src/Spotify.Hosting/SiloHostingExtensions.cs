using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Dashboard;
using Spotify.Contracts;
using Spotify.Hosting.Configuration;
using Spotify.Hosting.Database;
using Spotify.Hosting.Streams;

namespace Spotify.Hosting;

/// <summary>Turns <see cref="SiloSettings"/> into a silo's Orleans providers.</summary>
public static class SiloHostingExtensions
{
    public const string PostgresInvariant = "Npgsql";

    public static ISiloBuilder AddSpotifySilo(this ISiloBuilder silo, SiloSettings settings)
    {
        silo.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = settings.Identity.ClusterId;
            options.ServiceId = settings.Identity.ServiceId;
        });
        silo.Services.AddOptions<ClusterMembershipOptions>().BindConfiguration(SettingKeys.MembershipSection);
        silo.UseSystemTextJsonGrainStorageSerializer();

        switch (settings.Profile)
        {
            case SpotifyProfile.Embedded:
                AddEmbeddedProviders(silo, settings);
                break;
            case SpotifyProfile.Cluster:
                AddClusterProviders(silo, settings);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Profile, "Unknown hosting profile.");
        }

        silo.Services.AddSpotifySearch(settings.Profile, settings.PostgresConnectionString);
        silo.Services.AddSpotifyListeningArchive(settings.Profile, settings.PostgresConnectionString, silo.Configuration);
        silo.AddListeningStreams(settings.Streams);
        silo.AddDashboard();
        return silo;
    }

    private static void AddEmbeddedProviders(ISiloBuilder silo, SiloSettings settings)
    {
        silo.UseLocalhostClustering(
            settings.SiloPort,
            settings.GatewayPort,
            serviceId: settings.Identity.ServiceId,
            clusterId: settings.Identity.ClusterId);
        foreach (var storage in ProviderNames.GrainStorages)
        {
            silo.AddMemoryGrainStorage(storage);
        }
        silo.UseInMemoryReminderService();
    }

    private static void AddClusterProviders(ISiloBuilder silo, SiloSettings settings)
    {
        var connectionString = settings.PostgresConnectionString
            ?? throw new ArgumentException("The Cluster profile needs a PostgreSQL connection string.", nameof(settings));

        if (settings.MigrateOnStart)
        {
            silo.Services.AddSingleton(services => new SchemaMigrator(
                connectionString, services.GetRequiredService<ILogger<SchemaMigrator>>()));
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SchemaMigrationLifecycleParticipant>();
        }

        if (settings.UseKubernetes)
        {
            silo.UseKubernetesHosting();
        }
        else
        {
            // Loopback unless told otherwise: a silo never exposes itself on a network by accident.
            silo.ConfigureEndpoints(settings.AdvertisedIP ?? IPAddress.Loopback, settings.SiloPort, settings.GatewayPort);
        }

        if (settings.Tls is { } tls)
        {
            silo.UseTls(options => OrleansTls.Configure(options, tls));
        }

        silo.UseAdoNetClustering(options =>
        {
            options.Invariant = PostgresInvariant;
            options.ConnectionString = connectionString;
        });
        foreach (var storage in ProviderNames.GrainStorages)
        {
            silo.AddAdoNetGrainStorage(storage, options =>
            {
                options.Invariant = PostgresInvariant;
                options.ConnectionString = connectionString;
            });
        }
        silo.UseAdoNetReminderService(options =>
        {
            options.Invariant = PostgresInvariant;
            options.ConnectionString = connectionString;
        });
    }
}
