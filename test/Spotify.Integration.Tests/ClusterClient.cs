using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spotify.Hosting;
using Spotify.Hosting.Configuration;
using Spotify.Testing;

namespace Spotify.Integration.Tests;

/// <summary>An Orleans client of a <see cref="SiloCluster"/>, configured the way the gateway configures its own.</summary>
internal sealed class ClusterClient : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterClient(IHost host) => _host = host;

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    public static async Task<ClusterClient> ConnectAsync(
        SiloCluster cluster, IReadOnlyDictionary<string, string>? overrides = null, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(cluster.ClientSettings
            .Concat(overrides ?? new Dictionary<string, string>())
            .Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value)));
        var settings = GatewayClientSettings.Read(builder.Configuration);
        builder.UseOrleansClient(client => client.AddSpotifyClient(settings));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return new ClusterClient(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
