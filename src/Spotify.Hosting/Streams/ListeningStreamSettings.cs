using Spotify.Hosting.Configuration;

namespace Spotify.Hosting.Streams;

public sealed record ListeningStreamSettings(ListeningStreamProvider Provider, EventHubSettings? EventHub)
{
    public const string DefaultConsumerGroup = "$Default";
    public const string DefaultCheckpointTable = "ListeningCheckpoints";

    public static ListeningStreamSettings Read(SettingsReader reader)
    {
        var provider = reader.Choice(SettingKeys.StreamsProvider, ListeningStreamProvider.Memory);
        if (provider != ListeningStreamProvider.EventHubs)
        {
            return new ListeningStreamSettings(provider, null);
        }

        var eventHub = new EventHubSettings(
            reader.Required(SettingKeys.EventHubsConnectionString),
            reader.Required(SettingKeys.EventHubName),
            reader.OptionalOrDefault(SettingKeys.EventHubConsumerGroup, DefaultConsumerGroup),
            reader.Required(SettingKeys.BlobsConnectionString),
            reader.OptionalOrDefault(SettingKeys.EventHubCheckpointTable, DefaultCheckpointTable));
        return new ListeningStreamSettings(provider, eventHub);
    }
}
