using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>The gateway executable refuses to start on bad settings, and says which keys are wrong.</summary>
public sealed class GatewayStartupTests
{
    private const int InvalidConfiguration = 78;

    [Fact]
    public async Task A_cluster_gateway_without_connection_strings_stops_and_names_every_key()
    {
        var result = await HostProcess.RunAsync(
            RepositoryLayout.GatewayAssembly,
            new Dictionary<string, string> { ["Spotify:Profile"] = "Cluster" },
            TimeSpan.FromSeconds(60));

        Assert.Equal(InvalidConfiguration, result.ExitCode);
        Assert.Equal(
            "Invalid configuration: ConnectionStrings:Postgres is required; ConnectionStrings:Redis is required; ConnectionStrings:Blobs is required.",
            result.StandardError.Trim());
    }

    [Fact]
    public async Task A_cluster_gateway_without_its_token_keys_and_media_secret_stops_and_names_them()
    {
        var result = await HostProcess.RunAsync(
            RepositoryLayout.GatewayAssembly,
            new Dictionary<string, string>
            {
                ["Spotify:Profile"] = "Cluster",
                ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Port=1;Database=unused",
                ["ConnectionStrings:Redis"] = "127.0.0.1:1,abortConnect=false",
                ["ConnectionStrings:Blobs"] = "UseDevelopmentStorage=true",
                ["Orleans:Gateways"] = "127.0.0.1:1",
                ["Spotify:Database:MigrateOnStart"] = "false",
            },
            TimeSpan.FromSeconds(60));

        Assert.Equal(InvalidConfiguration, result.ExitCode);
        foreach (var key in new[] { "Spotify:Auth:Issuer", "Spotify:Auth:SigningKey", "Spotify:Auth:EncryptionKey", "Spotify:Admin:ClientSecret", "Spotify:Media:Signing:Secret" })
        {
            Assert.Contains(key, result.StandardError);
        }
    }
}
