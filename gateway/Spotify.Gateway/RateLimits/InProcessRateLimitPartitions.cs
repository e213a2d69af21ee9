using System.Threading.RateLimiting;

namespace Spotify.Gateway.RateLimits;

public sealed class InProcessRateLimitPartitions : IRateLimitPartitions
{
    public RateLimitPartition<string> FixedWindow(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
