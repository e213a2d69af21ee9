using System.Threading.RateLimiting;

namespace Spotify.Gateway.RateLimits;

/// <summary>Where request counts live: in this process (Embedded) or in Redis, shared by every gateway (Cluster).</summary>
public interface IRateLimitPartitions
{
    RateLimitPartition<string> FixedWindow(string key, int permits, TimeSpan window);
}
