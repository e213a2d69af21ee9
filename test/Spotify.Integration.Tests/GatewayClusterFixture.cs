using Spotify.Testing;

namespace Spotify.Integration.Tests;

/// <summary>Two silo processes and a Cluster-profile gateway, shared by tests that only read.</summary>
public sealed class GatewayClusterFixture : IAsyncLifetime
{
    public SiloCluster Cluster { get; private set; } = null!;

    internal ClusterGatewayFactory Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Cluster = await SiloCluster.StartAsync("gateway", siloCount: 2);
        Gateway = new ClusterGatewayFactory(Cluster);
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Cluster.DisposeAsync();
    }
}
