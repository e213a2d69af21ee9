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

        var settings = new SiloSettings(
            profile,
            ClusterIdentity.Read(reader),
            reader.Port(SettingKeys.SiloPort, DefaultSiloPort),
            // An embedded silo needs no gateway: its only client is the process it runs in.
            reader.Port(SettingKeys.GatewayPort, isCluster ? DefaultClusterGatewayPort : 0, allowZero: true),
            reader.OptionalIPAddress(SettingKeys.AdvertisedIP),
            isCluster ? reader.Required(SettingKeys.PostgresConnectionString) : null,
            reader.Flag(SettingKeys.MigrateOnStart, defaultValue: true),
            reader.Flag(SettingKeys.Kubernetes, defaultValue: false),
            OrleansTlsSettings.Read(reader),
            ListeningStreamSettings.Read(reader));

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
