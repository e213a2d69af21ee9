namespace Spotify.Hosting.Database;

/// <summary>
/// Migrates the database as the silo's first start-up step, before the clustering, storage and
/// reminder providers read their tables.
/// </summary>
internal sealed class SchemaMigrationLifecycleParticipant(SchemaMigrator migrator) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaMigrationLifecycleParticipant), ServiceLifecycleStage.First, MigrateAsync);

    private async Task MigrateAsync(CancellationToken cancellationToken) => await migrator.MigrateAsync(cancellationToken);
}
