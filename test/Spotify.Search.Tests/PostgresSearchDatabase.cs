using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Spotify.Hosting.Database;
using Spotify.Testing;

namespace Spotify.Search.Tests;

/// <summary>A database with the project's schema for the PostgreSQL search tests.</summary>
public sealed class PostgresSearchDatabase : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.CreateName("search");

    public string ConnectionString => _database.ConnectionString;

    private NpgsqlDataSource DataSource { get; set; } = null!;

    public async Task InitializeAsync()
    {
        await new SchemaMigrator(_database.ConnectionString, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        DataSource = NpgsqlDataSource.Create(_database.ConnectionString);
    }

    public async Task TruncateAsync()
    {
        await using var command = DataSource.CreateCommand("TRUNCATE search_documents, search_words");
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await _database.DisposeAsync();
    }
}
