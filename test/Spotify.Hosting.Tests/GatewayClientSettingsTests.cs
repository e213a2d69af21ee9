using System.Net;
using Spotify.Hosting.Configuration;

namespace Spotify.Hosting.Tests;

public sealed class GatewayClientSettingsTests
{
    [Fact]
    public void A_cluster_gateway_names_every_missing_connection_string()
    {
        var failure = Assert.Throws<HostingConfigurationException>(() => GatewayClientSettings.Read(Settings.From()));

        Assert.Equal(
            ["ConnectionStrings:Postgres is required", "ConnectionStrings:Redis is required", "ConnectionStrings:Blobs is required"],
            failure.Problems);
    }

    [Fact]
    public void A_static_gateway_list_is_read_in_order()
    {
        var settings = GatewayClientSettings.Read(WithConnectionStrings(("Orleans:Gateways", "127.0.0.1:30000, 10.0.0.2:30001")));

        Assert.Equal<IPEndPoint>([IPEndPoint.Parse("127.0.0.1:30000"), IPEndPoint.Parse("10.0.0.2:30001")], settings.StaticGateways);
    }

    [Fact]
    public void Without_a_gateway_list_the_clustering_table_is_used()
    {
        var settings = GatewayClientSettings.Read(WithConnectionStrings());

        Assert.Empty(settings.StaticGateways);
    }

    [Theory]
    [InlineData("silo-1:30000")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:0")]
    public void A_malformed_gateway_entry_is_named(string entry)
    {
        var failure = Assert.Throws<HostingConfigurationException>(() =>
            GatewayClientSettings.Read(WithConnectionStrings(("Orleans:Gateways", $"127.0.0.1:30000,{entry}"))));

        Assert.Contains($"Orleans:Gateways must list silo gateways as ip:port separated by commas; '{entry}' is not one", failure.Message);
    }

    private static Microsoft.Extensions.Configuration.IConfiguration WithConnectionStrings(params (string Key, string Value)[] extra) =>
        Settings.From([
            ("ConnectionStrings:Postgres", "Host=db"),
            ("ConnectionStrings:Redis", "cache:6379"),
            ("ConnectionStrings:Blobs", "UseDevelopmentStorage=true"),
            .. extra,
        ]);
}
