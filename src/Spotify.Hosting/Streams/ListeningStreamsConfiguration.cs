using Azure.Data.Tables;
using Orleans.Configuration;
using Spotify.Contracts;

namespace Spotify.Hosting.Streams;

/// <summary>Registers the listening-events stream provider on silos and clients.</summary>
public static class ListeningStreamsConfiguration
{
    public static ISiloBuilder AddListeningStreams(this ISiloBuilder silo, ListeningStreamSettings settings)
    {
        switch (settings.Provider)
        {
            case ListeningStreamProvider.Memory:
                silo.AddMemoryStreams(ProviderNames.ListeningStreams);
                break;
            case ListeningStreamProvider.EventHubs:
                var eventHub = RequireEventHub(settings);
                silo.AddEventHubStreams(ProviderNames.ListeningStreams, streams =>
                {
                    streams.ConfigureEventHub(options => options.Configure(hub => ConfigureConnection(hub, eventHub)));
                    streams.UseAzureTableCheckpointer(options => options.Configure(checkpoints =>
                    {
                        checkpoints.TableServiceClient = new TableServiceClient(eventHub.CheckpointStorageConnectionString);
                        checkpoints.TableName = eventHub.CheckpointTable;
                    }));
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown stream provider.");
        }
        return silo;
    }

    public static IClientBuilder AddListeningStreams(this IClientBuilder client, ListeningStreamSettings settings)
    {
        switch (settings.Provider)
        {
            case ListeningStreamProvider.Memory:
                client.AddMemoryStreams(ProviderNames.ListeningStreams);
                break;
            case ListeningStreamProvider.EventHubs:
                var eventHub = RequireEventHub(settings);
                client.AddEventHubStreams(ProviderNames.ListeningStreams, hub => ConfigureConnection(hub, eventHub));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown stream provider.");
        }
        return client;
    }

    private static EventHubSettings RequireEventHub(ListeningStreamSettings settings) =>
        settings.EventHub ?? throw new ArgumentException("Event Hubs streams need Event Hub settings.", nameof(settings));

    private static void ConfigureConnection(EventHubOptions hub, EventHubSettings settings) =>
        hub.ConfigureEventHubConnection(settings.ConnectionString, settings.EventHubName, settings.ConsumerGroup);
}
