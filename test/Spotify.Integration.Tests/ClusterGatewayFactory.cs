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
    private readonly string _stagingDirectory = Directory.CreateTempSubdirectory("spotify-cluster-ingest-").FullName;

    /// <summary>A client carrying the operators' client-credentials token.</summary>
    public async Task<HttpClient> CreateClientWithTokenAsync(string? scope = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = await OAuthFlows.ClientCredentialsAsync(client, OAuthFlows.AdminClientId, cluster.AdminSecret, scope);
        return client.WithToken(token);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Spotify:Media:Ingest:StagingDirectory", _stagingDirectory);
        foreach (var (key, value) in cluster.ClientSettings.Concat(overrides ?? new Dictionary<string, string>()))
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_stagingDirectory, recursive: true);
    }
}
