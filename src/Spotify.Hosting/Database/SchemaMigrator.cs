using System.Reflection;
using DbUp;
using DbUp.Engine;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Spotify.Hosting.Database;

/// <summary>
/// Applies the scripts of <c>deploy/sql</c> (embedded in this assembly) that the database has not
/// run yet. Safe to call from every silo at once: a PostgreSQL advisory lock lets one migrate while
/// the others wait, and DbUp's journal makes the rest find nothing left to do.
/// </summary>
public sealed class SchemaMigrator(string connectionString, ILogger<SchemaMigrator> logger)
{
    private const string ScriptPrefix = "Spotify.Sql.";

    // Any fixed number that other applications sharing the database are unlikely to pick.
    private const long MigrationLockKey = 0x5350_4F54_4946_5901;

    /// <returns>The names of the scripts this call applied.</returns>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await DatabaseCreator.EnsureExistsAsync(connectionString, logger, cancellationToken);

        await using var lockConnection = new NpgsqlConnection(connectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await ExecuteAsync(lockConnection, "SELECT pg_advisory_lock(@key)", cancellationToken);
        try
        {
            var result = BuildUpgrader().PerformUpgrade();
            if (!result.Successful)
            {
                throw new SchemaMigrationException(result.ErrorScript?.Name, result.Error);
            }
            var applied = result.Scripts.Select(script => script.Name).ToList();
            logger.LogInformation("Database schema is current; {ScriptCount} scripts applied now", applied.Count);
            return applied;
        }
        finally
        {
            await ExecuteAsync(lockConnection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None);
        }
    }

    public static IReadOnlyList<string> ScriptNames() =>
        typeof(SchemaMigrator).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ScriptPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    private UpgradeEngine BuildUpgrader() =>
        DeployChanges.To
            .PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(
                Assembly.GetExecutingAssembly(),
                name => name.StartsWith(ScriptPrefix, StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogTo(new DbUpLogger(logger))
            .Build();

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", MigrationLockKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
