namespace Spotify.Hosting.Streams;

/// <summary>The Orleans stream provider that carries listening events (<c>Spotify:Streams:Provider</c>).</summary>
public enum ListeningStreamProvider
{
    /// <summary>In-memory queues: fast, not durable. The default.</summary>
    Memory,

    /// <summary>Azure Event Hubs, for production; checkpoints in the storage account's tables.</summary>
    EventHubs,
}
