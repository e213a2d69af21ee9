namespace Spotify.Contracts;

/// <summary>
/// Names of the Orleans providers that grains and hosts must agree on. Hosting registers them,
/// grains and clients refer to them.
/// </summary>
public static class ProviderNames
{
    /// <summary>Grain storage for catalog state: tracks, albums, artists and listings.</summary>
    public const string CatalogStorage = "catalog";

    /// <summary>Grain storage for user accounts and what belongs to them.</summary>
    public const string UserStorage = "users";

    /// <summary>Every grain storage provider a silo must register.</summary>
    public static readonly IReadOnlyList<string> GrainStorages = [CatalogStorage, UserStorage, PubSubStorage];

    /// <summary>Grain storage that Orleans streams use for their subscriptions.</summary>
    public const string PubSubStorage = "PubSubStore";

    /// <summary>The stream provider that carries listening events.</summary>
    public const string ListeningStreams = "listening";
}
