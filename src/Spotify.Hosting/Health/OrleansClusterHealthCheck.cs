using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Spotify.Hosting.Health;

/// <summary>Healthy when the cluster answers a management call and has at least one active silo.</summary>
public sealed class OrleansClusterHealthCheck(IGrainFactory grains) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetHosts(onlyActive: true, cancellationToken).WaitAsync(Timeout, cancellationToken);
        return hosts.Count > 0
            ? HealthCheckResult.Healthy($"{hosts.Count} active silos")
            : HealthCheckResult.Unhealthy("The cluster has no active silo");
    }
}
