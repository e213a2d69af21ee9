using Microsoft.Extensions.Hosting;

namespace Spotify.Hosting.Database;

/// <summary>Migrates the database before the services registered after it start.</summary>
internal sealed class SchemaMigrationHostedService(SchemaMigrator migrator) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) => await migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
