using System.Collections.Immutable;
using System.Net;
using Microsoft.Extensions.Configuration;
using Spotify.Hosting.Streams;

namespace Spotify.Hosting.Configuration;

/// <summary>
/// What a gateway in the Cluster profile needs: how to reach the silos (a static gateway list, or
/// the clustering table in PostgreSQL) and the shared services behind every replica.
/// </summary>
public sealed record GatewayClientSettings(
    ClusterIdentity Identity,
    string PostgresConnectionString,
    ImmutableArray<IPEndPoint> StaticGateways,
    string RedisConnectionString,
    string BlobsConnectionString,
    bool MigrateOnStart,
    OrleansTlsSettings? Tls,
    ListeningStreamSettings Streams)
{
    /// <exception cref="HostingConfigurationException">A setting is missing or malformed.</exception>
    public static GatewayClientSettings Read(IConfiguration configuration)
    {
        var reader = new SettingsReader(configuration);
        var identity = ClusterIdentity.Read(reader);
        var postgresConnectionString = reader.Required(SettingKeys.PostgresConnectionString);
        var settings = new GatewayClientSettings(
            identity,
            postgresConnectionString,
            ReadGateways(reader),
            reader.Required(SettingKeys.RedisConnectionString),
            reader.Required(SettingKeys.BlobsConnectionString),
            reader.Flag(SettingKeys.MigrateOnStart, defaultValue: true),
            OrleansTlsSettings.Read(reader),
            ListeningStreamSettings.Read(reader, postgresConnectionString));
        reader.ThrowIfInvalid();
        return settings;
    }

    private static ImmutableArray<IPEndPoint> ReadGateways(SettingsReader reader)
    {
        var value = reader.Optional(SettingKeys.Gateways);
        if (value is null)
        {
            return [];
        }
        var gateways = ImmutableArray.CreateBuilder<IPEndPoint>();
        foreach (var entry in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPEndPoint.TryParse(entry, out var endpoint) && endpoint.Port > 0)
            {
                gateways.Add(endpoint);
            }
            else
            {
                reader.Problem($"{SettingKeys.Gateways} must list silo gateways as ip:port separated by commas; '{entry}' is not one");
            }
        }
        return gateways.ToImmutable();
    }
}
