using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Spotify.Testing;

namespace Spotify.Integration.Tests;

/// <summary>The gateway in the Cluster profile: an Orleans client of the given silo processes.</summary>
internal sealed class ClusterGatewayFactory(SiloCluster cluster) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in cluster.ClientSettings)
        {
            builder.UseSetting(key, value);
        }
    }
}
