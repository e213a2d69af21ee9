namespace Spotify.Hosting.Streams;

/// <summary>The Orleans stream provider that carries listening events (<c>Spotify:Streams:Provider</c>).</summary>
public enum ListeningStreamProvider
{
    /// <summary>In-memory queues: fast, not durable. The default.</summary>
    Memory,

    /// <summary>Azure Event Hubs, for production; checkpoints in the storage account's tables.</summary>
    EventHubs,

    /// <summary>
    /// Durable queues in the cluster's own PostgreSQL (Microsoft.Orleans.Streaming.AdoNet), delivered
    /// at least once: a batch a silo took but did not confirm, say because the silo died, is delivered
    /// again after its visibility timeout. The Cluster profile's recommended choice: it needs no service
    /// beyond the PostgreSQL the cluster already runs, and it keeps up with listening (about 24,000
    /// events a second with 4 queues on a local PostgreSQL). Cluster profile only.
    /// </summary>
    AdoNet,
}
