using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;

namespace Spotify.Gateway.Auth;

/// <summary>
/// Creates or updates the client applications at start. Gateway replicas starting together may
/// race to create the same client; the loser finds it on its next attempt and updates it instead.
/// </summary>
public sealed class ClientRegistrationService(
    IServiceScopeFactory scopes,
    IOptions<AuthOptions> auth,
    IOptions<AdminClientOptions> admin,
    ILogger<ClientRegistrationService> logger) : IHostedService
{
    private const int MaxAttempts = 5;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var clients = new List<OpenIddictApplicationDescriptor>
        {
            ClientRegistrations.Web(),
            ClientRegistrations.Admin(admin.Value.ClientSecret ?? AdminClientOptions.EmbeddedDevelopmentSecret),
        };
        clients.AddRange(auth.Value.Clients.Select(ClientRegistrations.FromConfiguration));
        foreach (var client in clients)
        {
            await RegisterAsync(client, cancellationToken);
        }
        logger.LogInformation("{ClientCount} OAuth clients registered", clients.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RegisterAsync(OpenIddictApplicationDescriptor client, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            // A fresh scope per attempt: a failed save leaves its DbContext unusable.
            await using var scope = scopes.CreateAsyncScope();
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            try
            {
                var existing = await applications.FindByClientIdAsync(client.ClientId!, cancellationToken);
                if (existing is null)
                {
                    await applications.CreateAsync(client, cancellationToken);
                }
                else
                {
                    await applications.UpdateAsync(existing, client, cancellationToken);
                }
                return;
            }
            catch (Exception exception) when (attempt < MaxAttempts && exception is DbUpdateException
                or OpenIddictExceptions.ConcurrencyException or OpenIddictExceptions.ValidationException)
            {
                logger.LogInformation("Registering client {ClientId} raced another gateway (attempt {Attempt}); retrying", client.ClientId, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken);
            }
        }
    }
}
