namespace Spotify.Contracts;

/// <summary>
/// Names of the Orleans providers that grains and hosts must agree on. Hosting registers them,
/// grains and clients refer to them.
/// </summary>
public static class ProviderNames
{
    /// <summary>Grain storage for catalog, user and playlist state.</summary>
    public const string CatalogStorage = "catalog";

    /// <summary>Grain storage that Orleans streams use for their subscriptions.</summary>
    public const string PubSubStorage = "PubSubStore";

    /// <summary>The stream provider that carries listening events.</summary>
    public const string ListeningStreams = "listening";
}
