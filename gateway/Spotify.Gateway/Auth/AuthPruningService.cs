using OpenIddict.Abstractions;

namespace Spotify.Gateway.Auth;

/// <summary>
/// Every sign-in leaves an authorization and token rows behind; this removes those that ended
/// (expired, redeemed, revoked) long enough ago, so the OAuth tables stay small.
/// </summary>
public sealed class AuthPruningService(IServiceScopeFactory scopes, TimeProvider time, ILogger<AuthPruningService> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>How long ended entries are kept, for investigating a token after the fact.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(14);

    /// <summary>Removes entries that ended before <paramref name="threshold"/>.</summary>
    public async Task PruneAsync(DateTimeOffset threshold, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, cancellationToken);
        var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, cancellationToken);
        logger.LogInformation("Pruned {TokenCount} tokens and {AuthorizationCount} authorizations that ended before {Threshold}",
            tokens, authorizations, threshold);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await PruneAsync(time.GetUtcNow() - Retention, stoppingToken);
        }
    }
}
