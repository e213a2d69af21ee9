using System.Net;
using Spotify.Hosting.Configuration;
using Spotify.Hosting.Streams;

namespace Spotify.Hosting.Tests;

public sealed class SiloSettingsTests
{
    [Fact]
    public void Embedded_is_the_default_and_needs_no_settings()
    {
        var settings = SiloSettings.Read(Settings.From());

        Assert.Equal(SpotifyProfile.Embedded, settings.Profile);
        Assert.Equal(SiloSettings.DefaultSiloPort, settings.SiloPort);
        Assert.Equal(0, settings.GatewayPort);
        Assert.Null(settings.PostgresConnectionString);
        Assert.Equal(ListeningStreamProvider.Memory, settings.Streams.Provider);
    }

    [Fact]
    public void Cluster_without_a_postgres_connection_string_names_the_key()
    {
        var failure = Assert.Throws<HostingConfigurationException>(() =>
            SiloSettings.Read(Settings.From(("Spotify:Profile", "Cluster"))));

        Assert.Equal(["ConnectionStrings:Postgres is required"], failure.Problems);
        Assert.Contains("ConnectionStrings:Postgres", failure.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var failure = Assert.Throws<HostingConfigurationException>(() => SiloSettings.Read(Settings.From(
            ("Spotify:Profile", "Cluster"),
            ("Orleans:SiloPort", "70000"),
            ("Orleans:GatewayPort", "gateway"),
            ("Orleans:AdvertisedIP", "10.0.0.300"),
            ("Orleans:Kubernetes", "yes"))));

        Assert.Collection(failure.Problems,
            problem => Assert.StartsWith("Orleans:SiloPort must be a port number", problem),
            problem => Assert.StartsWith("Orleans:GatewayPort must be a port number", problem),
            problem => Assert.StartsWith("Orleans:AdvertisedIP must be an IP address", problem),
            problem => Assert.Equal("ConnectionStrings:Postgres is required", problem),
            problem => Assert.StartsWith("Orleans:Kubernetes must be true or false", problem));
    }

    [Theory]
    [InlineData("Clustered")]
    [InlineData("1")]
    [InlineData("Embedded,Cluster")]
    public void An_unknown_profile_names_the_key_and_the_choices(string profile)
    {
        var failure = Assert.Throws<HostingConfigurationException>(() =>
            SiloSettings.Read(Settings.From(("Spotify:Profile", profile))));

        Assert.Contains($"Spotify:Profile must be one of Embedded, Cluster, not '{profile}'", failure.Message);
    }

    [Fact]
    public void Cluster_settings_are_read_whole()
    {
        var settings = SiloSettings.Read(Settings.From(
            ("Spotify:Profile", "cluster"),
            ("ConnectionStrings:Postgres", "Host=db;Database=spotify"),
            ("Orleans:ClusterId", "blue"),
            ("Orleans:ServiceId", "music"),
            ("Orleans:SiloPort", "11112"),
            ("Orleans:GatewayPort", "30002"),
            ("Orleans:AdvertisedIP", "10.1.2.3")));

        Assert.Equal(SpotifyProfile.Cluster, settings.Profile);
        Assert.Equal(new ClusterIdentity("blue", "music"), settings.Identity);
        Assert.Equal(11112, settings.SiloPort);
        Assert.Equal(30002, settings.GatewayPort);
        Assert.Equal(IPAddress.Parse("10.1.2.3"), settings.AdvertisedIP);
        Assert.Equal("Host=db;Database=spotify", settings.PostgresConnectionString);
        Assert.True(settings.MigrateOnStart);
    }

    [Fact]
    public void Kubernetes_hosting_needs_the_cluster_profile()
    {
        var failure = Assert.Throws<HostingConfigurationException>(() =>
            SiloSettings.Read(Settings.From(("Orleans:Kubernetes", "true"))));

        Assert.Contains("Orleans:Kubernetes needs Spotify:Profile set to Cluster", failure.Message);
    }
}
