using Npgsql;

namespace Spotify.Testing;

/// <summary>A database of its own for one test or fixture, dropped when disposed.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    /// <summary>Names the database, which need not exist yet: the schema migrator creates it.</summary>
    public string ConnectionString { get; }

    public static TestDatabase CreateName(string purpose)
    {
        // PostgreSQL cuts identifiers at 63 bytes; keep the unique suffix whole.
        var name = $"spotify_{purpose[..Math.Min(purpose.Length, 20)]}_{Guid.NewGuid():N}".ToLowerInvariant();
        var builder = new NpgsqlConnectionStringBuilder(TestServices.PostgresConnectionString) { Database = name };
        return new TestDatabase(name, builder.ConnectionString);
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull or null ? default : (T)value;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var maintenance = new NpgsqlConnectionStringBuilder(TestServices.PostgresConnectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
