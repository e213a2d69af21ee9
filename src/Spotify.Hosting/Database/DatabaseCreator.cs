using Microsoft.Extensions.Logging;
using Npgsql;

namespace Spotify.Hosting.Database;

/// <summary>Creates the database a connection string names when it does not exist yet.</summary>
internal static class DatabaseCreator
{
    private const string DuplicateDatabase = "42P04";

    // Two CREATE DATABASE statements racing: the loser trips over the catalog's unique index.
    private const string UniqueViolation = "23505";

    public static async Task EnsureExistsAsync(string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var databaseName = target.Database
            ?? throw new ArgumentException("The PostgreSQL connection string names no Database.", nameof(connectionString));
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };

        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", databaseName);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        var quotedName = new NpgsqlCommandBuilder().QuoteIdentifier(databaseName);
        await using var create = new NpgsqlCommand($"CREATE DATABASE {quotedName}", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
            logger.LogInformation("Created database {DatabaseName}", databaseName);
        }
        catch (PostgresException exception) when (exception.SqlState is DuplicateDatabase or UniqueViolation)
        {
            // Another silo created it between our check and our CREATE: the outcome we wanted.
            logger.LogInformation("Database {DatabaseName} was created by another process", databaseName);
        }
    }
}
