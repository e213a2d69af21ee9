using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Spotify.Testing;

namespace Spotify.Integration.Tests;

/// <summary>
/// The gateway in the Cluster profile: an Orleans client of the given silo processes. Overrides
/// replace the cluster's own settings, for instance to point at a service that is down.
/// </summary>
internal sealed class ClusterGatewayFactory(SiloCluster cluster, IReadOnlyDictionary<string, string>? overrides = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in cluster.ClientSettings.Concat(overrides ?? new Dictionary<string, string>()))
        {
            builder.UseSetting(key, value);
        }
    }
}
