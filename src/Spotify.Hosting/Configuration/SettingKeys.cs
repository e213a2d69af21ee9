namespace Spotify.Hosting.Configuration;

/// <summary>Every hosting setting's key, as the README's configuration table lists them.</summary>
public static class SettingKeys
{
    public const string Profile = "Spotify:Profile";

    public const string PostgresConnectionString = "ConnectionStrings:Postgres";
    public const string RedisConnectionString = "ConnectionStrings:Redis";
    public const string BlobsConnectionString = "ConnectionStrings:Blobs";
    public const string EventHubsConnectionString = "ConnectionStrings:EventHubs";

    public const string ClusterId = "Orleans:ClusterId";
    public const string ServiceId = "Orleans:ServiceId";
    public const string SiloPort = "Orleans:SiloPort";
    public const string GatewayPort = "Orleans:GatewayPort";
    public const string AdvertisedIP = "Orleans:AdvertisedIP";
    public const string Gateways = "Orleans:Gateways";
    public const string Kubernetes = "Orleans:Kubernetes";
    public const string MembershipSection = "Orleans:Membership";
    public const string TlsCertificatePath = "Orleans:Tls:CertificatePath";
    public const string TlsCertificatePassword = "Orleans:Tls:CertificatePassword";

    public const string StreamsProvider = "Spotify:Streams:Provider";
    public const string EventHubName = "Spotify:Streams:EventHubs:Name";
    public const string EventHubConsumerGroup = "Spotify:Streams:EventHubs:ConsumerGroup";
    public const string EventHubCheckpointTable = "Spotify:Streams:EventHubs:CheckpointTable";
    public const string AdoNetStreamQueues = "Spotify:Streams:AdoNet:Queues";
    public const string AdoNetStreamPollingPeriod = "Spotify:Streams:AdoNet:PollingPeriod";
    public const string AdoNetStreamVisibilityTimeout = "Spotify:Streams:AdoNet:VisibilityTimeout";

    public const string MigrateOnStart = "Spotify:Database:MigrateOnStart";
}
