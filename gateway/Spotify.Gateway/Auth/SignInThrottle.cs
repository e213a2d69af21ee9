using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Spotify.Gateway.RateLimits;

namespace Spotify.Gateway.Auth;

/// <summary>
/// Caps sign-in attempts per account and per network address, shared by every gateway in the
/// Cluster profile, so passwords cannot be guessed at the speed of the network.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<(string Account, string Address)> _limiter;

    public SignInThrottle(IRateLimitPartitions partitions, IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<(string Account, string Address), string>(attempt =>
                partitions.FixedWindow($"sign-in-account:{attempt.Account}", limits.SignInsPerAccount, limits.SignInWindow)),
            PartitionedRateLimiter.Create<(string Account, string Address), string>(attempt =>
                partitions.FixedWindow($"sign-in-address:{attempt.Address}", limits.SignInsPerAddress, limits.SignInWindow)));
    }

    /// <returns>Null when the attempt may go ahead; otherwise how many seconds to wait.</returns>
    public async Task<int?> TryAttemptAsync(string account, string address, CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync((account, address), 1, cancellationToken);
        return lease.IsAcquired ? null : RequestRateLimiting.RetryAfterSeconds(lease) ?? 60;
    }

    public void Dispose() => _limiter.Dispose();
}
