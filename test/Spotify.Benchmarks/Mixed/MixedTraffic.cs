using Spotify.Benchmarks.Catalog;
using Spotify.Benchmarks.Hosts;

namespace Spotify.Benchmarks.Mixed;

/// <summary>An Embedded gateway holding a generated catalog, and signed-in listeners ready to use it.</summary>
public sealed class MixedTraffic : IAsyncDisposable
{
    private readonly IReadOnlyList<HttpClient> _clients;

    private MixedTraffic(BenchGateway gateway, IReadOnlyList<ListenerSession> sessions, IReadOnlyList<HttpClient> clients)
    {
        Gateway = gateway;
        Sessions = sessions;
        _clients = clients;
    }

    public BenchGateway Gateway { get; }

    public IReadOnlyList<ListenerSession> Sessions { get; }

    public static async Task<MixedTraffic> StartAsync(int trackCount, int users)
    {
        var catalog = GeneratedCatalog.Build(trackCount);
        var gateway = await BenchGateway.StartEmbeddedAsync(seedDemoCatalog: false);
        using var admin = await gateway.CreateAdminClientAsync("catalog:write");
        var tracks = new MixedCatalog(catalog, await CatalogIngest.IngestAsync(admin, catalog));
        var clients = await gateway.CreateUserClientsAsync(users, ListenerSession.Scopes);
        var random = new Random(20261125);
        var sessions = new List<ListenerSession>();
        foreach (var client in clients)
        {
            sessions.Add(await ListenerSession.StartAsync(client, tracks, random));
        }
        return new MixedTraffic(gateway, sessions, clients);
    }

    /// <summary>Step <paramref name="n"/> of the run, taken by session <c>n % sessions</c>.</summary>
    public Task<bool> StepAsync(int n, EndpointStats stats) => Sessions[n % Sessions.Count].StepAsync(Random.Shared, stats);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
        await Gateway.DisposeAsync();
    }
}
