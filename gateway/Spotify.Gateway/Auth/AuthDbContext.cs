using Microsoft.EntityFrameworkCore;

namespace Spotify.Gateway.Auth;

/// <summary>
/// OpenIddict's stores: client applications, authorizations and the tokens whose redemption is
/// tracked. PostgreSQL in the Cluster profile (schema in deploy/sql/0005_openiddict.sql), an
/// in-memory SQLite database when embedded.
/// </summary>
public sealed class AuthDbContext(DbContextOptions<AuthDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();
    }
}
