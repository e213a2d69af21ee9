using Spotify.Hosting.Configuration;

namespace Spotify.Hosting.Streams;

public sealed record ListeningStreamSettings(ListeningStreamProvider Provider, EventHubSettings? EventHub, AdoNetStreamSettings? AdoNet)
{
    public const string DefaultConsumerGroup = "$Default";
    public const string DefaultCheckpointTable = "ListeningCheckpoints";

    public const int DefaultAdoNetQueues = 4;
    public const int MaxAdoNetQueues = 256;
    public static readonly TimeSpan DefaultAdoNetPollingPeriod = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan MinAdoNetPollingPeriod = TimeSpan.FromMilliseconds(10);
    public static readonly TimeSpan MaxAdoNetPollingPeriod = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan DefaultAdoNetVisibilityTimeout = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MinAdoNetVisibilityTimeout = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxAdoNetVisibilityTimeout = TimeSpan.FromHours(1);

    /// <param name="postgresConnectionString">The cluster's database; null when there is none (the Embedded profile).</param>
    public static ListeningStreamSettings Read(SettingsReader reader, string? postgresConnectionString)
    {
        var provider = reader.Choice(SettingKeys.StreamsProvider, ListeningStreamProvider.Memory);
        return provider switch
        {
            ListeningStreamProvider.EventHubs => new ListeningStreamSettings(provider, ReadEventHub(reader), null),
            ListeningStreamProvider.AdoNet => new ListeningStreamSettings(provider, null, ReadAdoNet(reader, postgresConnectionString)),
            _ => new ListeningStreamSettings(provider, null, null),
        };
    }

    private static EventHubSettings ReadEventHub(SettingsReader reader) =>
        new(
            reader.Required(SettingKeys.EventHubsConnectionString),
            reader.Required(SettingKeys.EventHubName),
            reader.OptionalOrDefault(SettingKeys.EventHubConsumerGroup, DefaultConsumerGroup),
            reader.Required(SettingKeys.BlobsConnectionString),
            reader.OptionalOrDefault(SettingKeys.EventHubCheckpointTable, DefaultCheckpointTable));

    private static AdoNetStreamSettings ReadAdoNet(SettingsReader reader, string? postgresConnectionString)
    {
        if (postgresConnectionString is null)
        {
            reader.Problem($"{SettingKeys.StreamsProvider} AdoNet needs {SettingKeys.Profile} set to Cluster: the queues live in the cluster's PostgreSQL");
        }
        return new AdoNetStreamSettings(
            postgresConnectionString ?? "",
            reader.Number(SettingKeys.AdoNetStreamQueues, DefaultAdoNetQueues, 1, MaxAdoNetQueues),
            reader.Duration(SettingKeys.AdoNetStreamPollingPeriod, DefaultAdoNetPollingPeriod, MinAdoNetPollingPeriod, MaxAdoNetPollingPeriod),
            reader.Duration(SettingKeys.AdoNetStreamVisibilityTimeout, DefaultAdoNetVisibilityTimeout, MinAdoNetVisibilityTimeout, MaxAdoNetVisibilityTimeout));
    }
}
