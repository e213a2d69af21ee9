using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Spotify.Gateway.Auth;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

public sealed partial class AuthSchemaTests
{
    [Fact]
    public void The_committed_postgres_schema_is_the_one_the_openiddict_model_needs()
    {
        var options = new DbContextOptionsBuilder<AuthDbContext>().UseNpgsql("Host=unused;Database=unused").Options;
        using var context = new AuthDbContext(options);

        var fromModel = Normalize(context.Database.GenerateCreateScript());
        var committed = Normalize(File.ReadAllText(Path.Combine(RepositoryLayout.Root, "deploy", "sql", "0005_openiddict.sql")));

        Assert.Equal(fromModel, committed);
    }

    /// <summary>The statements alone: comments dropped, whitespace collapsed.</summary>
    private static string Normalize(string sql) =>
        Whitespace().Replace(string.Join('\n', sql.Split('\n').Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal))), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
