using Microsoft.Extensions.Logging.Abstractions;
using Spotify.Hosting.Database;
using Spotify.Testing;

namespace Spotify.Hosting.Tests;

/// <summary>Runs the migrator against the real PostgreSQL that ./test.sh starts.</summary>
public sealed class SchemaMigratorTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.CreateName("migrator");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public void The_deploy_sql_scripts_are_embedded_in_order()
    {
        var onDisk = Directory.GetFiles(Path.Combine(RepositoryLayout.Root, "deploy", "sql"), "*.sql")
            .Select(path => "Spotify.Sql." + Path.GetFileName(path))
            .Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, SchemaMigrator.ScriptNames());
        Assert.NotEmpty(SchemaMigrator.ScriptNames());
    }

    [Fact]
    public async Task A_new_database_is_created_and_migrated_and_a_second_run_applies_nothing()
    {
        var migrator = new SchemaMigrator(_database.ConnectionString, NullLogger<SchemaMigrator>.Instance);

        var first = await migrator.MigrateAsync(CancellationToken.None);
        var second = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(SchemaMigrator.ScriptNames(), first);
        Assert.Empty(second);
        Assert.True(await _database.ScalarAsync<long>("SELECT count(*) FROM OrleansQuery") >= 20);
    }

    [Fact]
    public async Task Silos_migrating_at_once_apply_each_script_once()
    {
        var migrators = Enumerable.Range(0, 3)
            .Select(_ => new SchemaMigrator(_database.ConnectionString, NullLogger<SchemaMigrator>.Instance))
            .ToList();

        var applied = await Task.WhenAll(migrators.Select(migrator => migrator.MigrateAsync(CancellationToken.None)));

        Assert.Equal(SchemaMigrator.ScriptNames(), applied.SelectMany(names => names).Order(StringComparer.Ordinal));
        Assert.Equal(SchemaMigrator.ScriptNames().Count, await _database.ScalarAsync<long>("SELECT count(*) FROM schemaversions"));
    }
}
