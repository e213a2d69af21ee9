using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Spotify.Gateway.RateLimits;

/// <summary>Counts in Redis, so a limit holds across every gateway replica.</summary>
public sealed class RedisRateLimitPartitions(IConnectionMultiplexer redis, IOptions<RateLimitOptions> options) : IRateLimitPartitions
{
    public RateLimitPartition<string> FixedWindow(string key, int permits, TimeSpan window) =>
        RedisRateLimitPartition.GetFixedWindowRateLimiter(options.Value.KeyPrefix + key, _ => new RedisFixedWindowRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => redis,
            PermitLimit = permits,
            Window = window,
        });
}
