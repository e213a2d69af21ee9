using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Spotify.Gateway.Auth;

/// <summary>
/// The Embedded profile's OAuth database: SQLite in memory, alive as long as this object holds a
/// connection to it. Each gateway process gets a database of its own name.
/// </summary>
public sealed class EmbeddedAuthDatabase : IHostedService, IDisposable
{
    private readonly SqliteConnection _keepAlive;

    public EmbeddedAuthDatabase()
    {
        ConnectionString = $"Data Source=spotify-auth-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        _keepAlive = new SqliteConnection(ConnectionString);
    }

    public string ConnectionString { get; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _keepAlive.OpenAsync(cancellationToken);
        var options = new DbContextOptionsBuilder<AuthDbContext>().UseSqlite(ConnectionString).Options;
        await using var context = new AuthDbContext(options);
        await context.Database.EnsureCreatedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _keepAlive.Dispose();
}
