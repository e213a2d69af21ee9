using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Spotify.Hosting.Health;

namespace Spotify.Gateway.Api;

/// <summary>Probes for orchestrators: <c>/healthz</c> (the process is alive) and <c>/readyz</c> (it can serve).</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false })
            .WithTags("Health")
            .DisableRateLimiting();
        routes.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Ready),
            ResponseWriter = WriteReadinessAsync,
        }).WithTags("Health").DisableRateLimiting();
        return routes;
    }

    /// <summary>Writes each check's status and, when it failed, the reason, so a 503 explains itself.</summary>
    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new
                {
                    status = entry.Value.Status.ToString(),
                    reason = entry.Value.Status == HealthStatus.Healthy
                        ? entry.Value.Description
                        : entry.Value.Exception?.Message ?? entry.Value.Description,
                }),
        };
        return context.Response.WriteAsJsonAsync(body, JsonSerializerOptions.Web, context.RequestAborted);
    }
}
