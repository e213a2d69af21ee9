using Spotify.Testing;

namespace Spotify.Silo.Tests;

/// <summary>The silo executable refuses to start on bad settings, and says which key is wrong.</summary>
public sealed class SiloStartupTests
{
    private const int InvalidConfiguration = 78;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_silo_without_a_postgres_connection_string_stops_and_names_the_key()
    {
        var result = await HostProcess.RunAsync(RepositoryLayout.SiloAssembly, new Dictionary<string, string>(), Timeout);

        Assert.Equal(InvalidConfiguration, result.ExitCode);
        Assert.Equal("Invalid configuration: ConnectionStrings:Postgres is required.", result.StandardError.Trim());
    }

    [Fact]
    public async Task A_silo_with_a_malformed_port_stops_and_names_the_key()
    {
        var result = await HostProcess.RunAsync(
            RepositoryLayout.SiloAssembly,
            new Dictionary<string, string>
            {
                ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Database=unused",
                ["Orleans:SiloPort"] = "eleven",
            },
            Timeout);

        Assert.Equal(InvalidConfiguration, result.ExitCode);
        Assert.Contains("Orleans:SiloPort must be a port number from 1 to 65535, not 'eleven'", result.StandardError);
    }

    [Fact]
    public async Task Migrate_applies_the_schema_and_then_finds_it_current()
    {
        await using var database = TestDatabase.CreateName("silo_migrate");
        var settings = new Dictionary<string, string> { ["ConnectionStrings:Postgres"] = database.ConnectionString };
        var scripts = Directory.GetFiles(Path.Combine(RepositoryLayout.Root, "deploy", "sql"), "*.sql").Length;

        var first = await HostProcess.RunAsync(RepositoryLayout.SiloAssembly, settings, Timeout, "migrate");
        var second = await HostProcess.RunAsync(RepositoryLayout.SiloAssembly, settings, Timeout, "migrate");

        Assert.True(first.ExitCode == 0, first.StandardOutput + first.StandardError);
        Assert.Contains($"Applied {scripts} scripts", first.StandardOutput);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("The database schema was already current.", second.StandardOutput);
        Assert.Equal(scripts, await database.ScalarAsync<long>("SELECT count(*) FROM schemaversions"));
    }

    [Fact]
    public async Task Migrate_in_the_embedded_profile_explains_what_it_needs()
    {
        var result = await HostProcess.RunAsync(
            RepositoryLayout.SiloAssembly,
            new Dictionary<string, string> { ["Spotify:Profile"] = "Embedded" },
            Timeout,
            "migrate");

        Assert.Equal(InvalidConfiguration, result.ExitCode);
        Assert.Contains("migrate needs Spotify:Profile=Cluster and ConnectionStrings:Postgres", result.StandardError);
    }
}
