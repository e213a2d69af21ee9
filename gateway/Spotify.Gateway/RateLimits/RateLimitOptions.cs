using System.ComponentModel.DataAnnotations;

namespace Spotify.Gateway.RateLimits;

/// <summary>Request budgets (<c>Spotify:RateLimits</c>), each a number of requests per fixed window.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Spotify:RateLimits";

    /// <summary>Prefix of the Redis keys that hold the counts (Cluster profile).</summary>
    [Required]
    public string KeyPrefix { get; set; } = "spotify:rate:";

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Per signed-in user, across every app they use.</summary>
    [Range(1, int.MaxValue)]
    public int PerUser { get; set; } = 600;

    /// <summary>Per client app, across all its users.</summary>
    [Range(1, int.MaxValue)]
    public int PerClient { get; set; } = 6000;

    /// <summary>Per network address, for requests without a token.</summary>
    [Range(1, int.MaxValue)]
    public int PerAnonymousAddress { get; set; } = 300;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in attempts per account (email address) in <see cref="SignInWindow"/>.</summary>
    [Range(1, int.MaxValue)]
    public int SignInsPerAccount { get; set; } = 10;

    /// <summary>Sign-in attempts per network address in <see cref="SignInWindow"/>.</summary>
    [Range(1, int.MaxValue)]
    public int SignInsPerAddress { get; set; } = 50;
}
