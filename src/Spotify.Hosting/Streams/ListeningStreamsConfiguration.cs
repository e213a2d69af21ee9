using Azure.Data.Tables;
using Orleans.Configuration;
using Orleans.Streams;
using Spotify.Contracts;

namespace Spotify.Hosting.Streams;

/// <summary>Registers the listening-events stream provider on silos and clients.</summary>
public static class ListeningStreamsConfiguration
{
    /// <summary>
    /// Pub-sub of every provider: implicit subscriptions only, which is all the listening stream
    /// has. Explicit pub-sub keeps rendezvous state in the PubSubStore, whose System.Text.Json
    /// serializer cannot read PubSubPublisherState back, so a stream whose rendezvous grain is
    /// reactivated (its silo died) would stop being delivered.
    /// </summary>
    private const StreamPubSubType ListeningPubSub = StreamPubSubType.ImplicitOnly;

    /// <summary>
    /// How often a silo looks for new messages in a memory queue. Looking costs almost nothing in
    /// memory, and Orleans' default of 100 ms alone would use up the Embedded profile's 100 ms
    /// budget from play to recommendation.
    /// </summary>
    public static readonly TimeSpan MemoryPollingPeriod = TimeSpan.FromMilliseconds(10);

    public static ISiloBuilder AddListeningStreams(this ISiloBuilder silo, ListeningStreamSettings settings)
    {
        switch (settings.Provider)
        {
            case ListeningStreamProvider.Memory:
                silo.AddMemoryStreams(ProviderNames.ListeningStreams, streams =>
                {
                    streams.ConfigureStreamPubSub(ListeningPubSub);
                    streams.ConfigurePullingAgent(options => options.Configure(agent => agent.GetQueueMsgsTimerPeriod = MemoryPollingPeriod));
                });
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
                    streams.ConfigureStreamPubSub(ListeningPubSub);
                });
                break;
            case ListeningStreamProvider.AdoNet:
                var adoNet = RequireAdoNet(settings);
                silo.AddAdoNetStreams(ProviderNames.ListeningStreams, streams =>
                {
                    streams.ConfigureAdoNet(options => options.Configure(queues => ConfigureQueues(queues, adoNet)));
                    streams.ConfigurePartitioning(adoNet.Queues);
                    streams.ConfigureStreamPubSub(ListeningPubSub);
                    streams.ConfigurePullingAgent(options => options.Configure(agent => agent.GetQueueMsgsTimerPeriod = adoNet.PollingPeriod));
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
                client.AddMemoryStreams(ProviderNames.ListeningStreams, streams => streams.ConfigureStreamPubSub(ListeningPubSub));
                break;
            case ListeningStreamProvider.EventHubs:
                var eventHub = RequireEventHub(settings);
                client.AddEventHubStreams(ProviderNames.ListeningStreams, streams =>
                {
                    streams.ConfigureEventHub(options => options.Configure(hub => ConfigureConnection(hub, eventHub)));
                    streams.ConfigureStreamPubSub(ListeningPubSub);
                });
                break;
            case ListeningStreamProvider.AdoNet:
                var adoNet = RequireAdoNet(settings);
                client.AddAdoNetStreams(ProviderNames.ListeningStreams, streams =>
                {
                    streams.ConfigureAdoNet(options => options.Configure(queues => ConfigureQueues(queues, adoNet)));
                    // A client that publishes must map streams to the same queues as the silos.
                    streams.ConfigurePartitioning(adoNet.Queues);
                    streams.ConfigureStreamPubSub(ListeningPubSub);
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown stream provider.");
        }
        return client;
    }

    private static EventHubSettings RequireEventHub(ListeningStreamSettings settings) =>
        settings.EventHub ?? throw new ArgumentException("Event Hubs streams need Event Hub settings.", nameof(settings));

    private static AdoNetStreamSettings RequireAdoNet(ListeningStreamSettings settings) =>
        settings.AdoNet ?? throw new ArgumentException("ADO.NET streams need ADO.NET stream settings.", nameof(settings));

    private static void ConfigureConnection(EventHubOptions hub, EventHubSettings settings) =>
        hub.ConfigureEventHubConnection(settings.ConnectionString, settings.EventHubName, settings.ConsumerGroup);

    private static void ConfigureQueues(AdoNetStreamOptions queues, AdoNetStreamSettings settings)
    {
        queues.Invariant = SiloHostingExtensions.PostgresInvariant;
        queues.ConnectionString = settings.ConnectionString;
        queues.VisibilityTimeout = settings.VisibilityTimeout;
    }
}
