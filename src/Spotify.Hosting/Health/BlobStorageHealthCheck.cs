using Azure.Storage.Blobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Spotify.Hosting.Health;

/// <summary>Healthy when the blob service answers a request for its properties.</summary>
public sealed class BlobStorageHealthCheck(BlobServiceClient blobs) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await blobs.GetPropertiesAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
