using System.Net;
using Microsoft.Extensions.Configuration;
using Spotify.Hosting.Streams;

namespace Spotify.Hosting.Configuration;

/// <summary>Everything a silo needs to know from configuration, checked as a whole at start.</summary>
public sealed record SiloSettings(
    SpotifyProfile Profile,
    ClusterIdentity Identity,
    int SiloPort,
    int GatewayPort,
    IPAddress? AdvertisedIP,
    string? PostgresConnectionString,
    bool MigrateOnStart,
    bool UseKubernetes,
    OrleansTlsSettings? Tls,
    ListeningStreamSettings Streams)
{
    public const int DefaultSiloPort = 11111;
    public const int DefaultClusterGatewayPort = 30000;

    /// <exception cref="HostingConfigurationException">A setting is missing or malformed.</exception>
    public static SiloSettings Read(IConfiguration configuration)
    {
        var reader = new SettingsReader(configuration);
        var profile = reader.Choice(SettingKeys.Profile, SpotifyProfile.Embedded);
        var isCluster = profile == SpotifyProfile.Cluster;

        var identity = ClusterIdentity.Read(reader);
        var siloPort = reader.Port(SettingKeys.SiloPort, DefaultSiloPort);
        // An embedded silo needs no gateway: its only client is the process it runs in.
        var gatewayPort = reader.Port(SettingKeys.GatewayPort, isCluster ? DefaultClusterGatewayPort : 0, allowZero: true);
        var advertisedIP = reader.OptionalIPAddress(SettingKeys.AdvertisedIP);
        var postgresConnectionString = isCluster ? reader.Required(SettingKeys.PostgresConnectionString) : null;
        var settings = new SiloSettings(
            profile,
            identity,
            siloPort,
            gatewayPort,
            advertisedIP,
            postgresConnectionString,
            reader.Flag(SettingKeys.MigrateOnStart, defaultValue: true),
            reader.Flag(SettingKeys.Kubernetes, defaultValue: false),
            OrleansTlsSettings.Read(reader),
            ListeningStreamSettings.Read(reader, postgresConnectionString));

        if (settings.UseKubernetes && !isCluster)
        {
            reader.Problem($"{SettingKeys.Kubernetes} needs {SettingKeys.Profile} set to Cluster");
        }
        if (settings.Tls is not null && !isCluster)
        {
            reader.Problem($"{SettingKeys.TlsCertificatePath} needs {SettingKeys.Profile} set to Cluster: an embedded silo has no network peers");
        }
        reader.ThrowIfInvalid();
        return settings;
    }
}
