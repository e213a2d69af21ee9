using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Spotify.Gateway.RateLimits;

/// <summary>
/// Limits every request twice: per caller (the signed-in user, else the client app, else the
/// network address) and per client app. Over a limit: 429 with <c>Retry-After</c> and the error object.
/// </summary>
public static class RequestRateLimiting
{
    public const string RejectedMessage = "API rate limit exceeded";

    public static IServiceCollection AddRequestRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IRateLimitPartitions, IOptions<RateLimitOptions>>((limiter, partitions, options) =>
        {
            var limits = options.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => PerCaller(context, partitions, limits)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => PerClient(context, partitions, limits)));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> PerCaller(HttpContext context, IRateLimitPartitions partitions, RateLimitOptions limits)
    {
        var caller = CallerOf(context.User);
        return caller switch
        {
            { UserId: { } userId } => partitions.FixedWindow($"user:{userId}", limits.PerUser, limits.Window),
            { ClientId: { } clientId } => partitions.FixedWindow($"client-caller:{clientId}", limits.PerClient, limits.Window),
            _ => partitions.FixedWindow($"address:{context.Connection.RemoteIpAddress}", limits.PerAnonymousAddress, limits.Window),
        };
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, IRateLimitPartitions partitions, RateLimitOptions limits) =>
        CallerOf(context.User).ClientId is { } clientId
            ? partitions.FixedWindow($"client:{clientId}", limits.PerClient, limits.Window)
            : RateLimitPartition.GetNoLimiter("anonymous");

    private static (string? UserId, string? ClientId) CallerOf(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return (null, null);
        }
        var clientId = user.FindFirst(Auth.SpotifyClaims.ClientId)?.Value;
        var subject = user.FindFirst(Auth.SpotifyClaims.Subject)?.Value;
        // A client-credentials token's subject is the client itself, not a user.
        return (subject == clientId ? null : subject, clientId);
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (RetryAfterSeconds(rejected.Lease) is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }
        var problems = rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = rejected.HttpContext,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Detail = RejectedMessage },
        });
    }

    /// <summary>The in-process limiters report a TimeSpan, the Redis ones whole seconds.</summary>
    public static int? RetryAfterSeconds(RateLimitLease lease)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            return Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        }
        if (lease.TryGetMetadata(RedisRateLimiting.RateLimitMetadataName.RetryAfter, out var seconds))
        {
            return Math.Max(1, seconds);
        }
        return null;
    }
}
