using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Streams;
using Spotify.Contracts;
using Spotify.Hosting.Configuration;
using Spotify.Hosting.Streams;

namespace Spotify.Hosting.Tests;

/// <summary>
/// <c>Spotify:Streams:Provider=AdoNet</c>: the settings, and the Orleans configuration they turn
/// into, checked by the validators Orleans runs when a silo or client starts.
/// </summary>
public sealed class AdoNetStreamsConfigurationTests
{
    private const string Postgres = "Host=db;Database=spotify";

    [Fact]
    public void Ado_net_streams_use_the_cluster_database_with_four_queues_polled_every_100_ms()
    {
        var settings = SiloSettings.Read(ClusterSilo());

        Assert.Equal(ListeningStreamProvider.AdoNet, settings.Streams.Provider);
        Assert.Equal(new AdoNetStreamSettings(Postgres, 4, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1)), settings.Streams.AdoNet);
        Assert.Null(settings.Streams.EventHub);
    }

    [Fact]
    public void Ado_net_stream_settings_are_read()
    {
        var settings = SiloSettings.Read(ClusterSilo(
            ("Spotify:Streams:AdoNet:Queues", "16"),
            ("Spotify:Streams:AdoNet:PollingPeriod", "00:00:00.050"),
            ("Spotify:Streams:AdoNet:VisibilityTimeout", "00:00:30")));

        Assert.Equal(new AdoNetStreamSettings(Postgres, 16, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(30)), settings.Streams.AdoNet);
    }

    [Fact]
    public void A_gateway_publishes_to_the_queues_in_the_cluster_database()
    {
        var settings = GatewayClientSettings.Read(ClusterGateway(("Spotify:Streams:AdoNet:Queues", "8")));

        Assert.Equal(ListeningStreamProvider.AdoNet, settings.Streams.Provider);
        Assert.Equal(Postgres, settings.Streams.AdoNet?.ConnectionString);
        Assert.Equal(8, settings.Streams.AdoNet?.Queues);
    }

    [Fact]
    public void Every_malformed_ado_net_setting_is_reported_at_once()
    {
        var failure = Assert.Throws<HostingConfigurationException>(() => SiloSettings.Read(ClusterSilo(
            ("Spotify:Streams:AdoNet:Queues", "four"),
            ("Spotify:Streams:AdoNet:PollingPeriod", "fast"),
            ("Spotify:Streams:AdoNet:VisibilityTimeout", "00:00:00"))));

        Assert.Equal(
            [
                "Spotify:Streams:AdoNet:Queues must be a whole number from 1 to 256, not 'four'",
                "Spotify:Streams:AdoNet:PollingPeriod must be a duration (hh:mm:ss) from 00:00:00.0100000 to 00:00:10, not 'fast'",
                "Spotify:Streams:AdoNet:VisibilityTimeout must be a duration (hh:mm:ss) from 00:00:01 to 01:00:00, not '00:00:00'",
            ],
            failure.Problems);
    }

    [Theory]
    [InlineData("Spotify:Streams:AdoNet:Queues", "0")]
    [InlineData("Spotify:Streams:AdoNet:Queues", "257")]
    [InlineData("Spotify:Streams:AdoNet:Queues", "-1")]
    [InlineData("Spotify:Streams:AdoNet:Queues", "4.5")]
    [InlineData("Spotify:Streams:AdoNet:PollingPeriod", "00:00:00.001")]
    [InlineData("Spotify:Streams:AdoNet:PollingPeriod", "00:00:11")]
    [InlineData("Spotify:Streams:AdoNet:PollingPeriod", "100")]
    [InlineData("Spotify:Streams:AdoNet:VisibilityTimeout", "00:00:00.500")]
    [InlineData("Spotify:Streams:AdoNet:VisibilityTimeout", "02:00:00")]
    public void An_ado_net_setting_out_of_range_names_the_key(string key, string value)
    {
        var failure = Assert.Throws<HostingConfigurationException>(() => SiloSettings.Read(ClusterSilo((key, value))));

        var problem = Assert.Single(failure.Problems);
        Assert.StartsWith($"{key} must be", problem);
        Assert.EndsWith($"not '{value}'", problem);
    }

    [Fact]
    public void Ado_net_streams_need_the_cluster_profile()
    {
        var failure = Assert.Throws<HostingConfigurationException>(() =>
            SiloSettings.Read(Settings.From(("Spotify:Streams:Provider", "AdoNet"))));

        Assert.Equal(
            ["Spotify:Streams:Provider AdoNet needs Spotify:Profile set to Cluster: the queues live in the cluster's PostgreSQL"],
            failure.Problems);
    }

    [Fact]
    public void Ado_net_settings_are_ignored_with_another_provider()
    {
        var settings = SiloSettings.Read(Settings.From(("Spotify:Streams:AdoNet:Queues", "many")));

        Assert.Equal(ListeningStreamProvider.Memory, settings.Streams.Provider);
        Assert.Null(settings.Streams.AdoNet);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("Ado.Net")]
    public void An_unknown_stream_provider_names_the_choices(string provider)
    {
        var failure = Assert.Throws<HostingConfigurationException>(() =>
            SiloSettings.Read(Settings.From(("Spotify:Streams:Provider", provider))));

        Assert.Equal([$"Spotify:Streams:Provider must be one of Memory, EventHubs, AdoNet, not '{provider}'"], failure.Problems);
    }

    [Fact]
    public void A_silo_configured_for_ado_net_streams_passes_the_orleans_validators()
    {
        var settings = SiloSettings.Read(ClusterSilo(("Spotify:Streams:AdoNet:VisibilityTimeout", "00:00:20")));
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo => silo.AddSpotifySilo(settings));
        using var host = builder.Build();

        var queues = Named<AdoNetStreamOptions>(host.Services);
        Assert.Equal("Npgsql", queues.Invariant);
        Assert.Equal(Postgres, queues.ConnectionString);
        Assert.Equal(TimeSpan.FromSeconds(20), queues.VisibilityTimeout);
        Assert.Equal(4, Named<HashRingStreamQueueMapperOptions>(host.Services).TotalQueueCount);
        Assert.Equal(TimeSpan.FromMilliseconds(100), Named<StreamPullingAgentOptions>(host.Services).GetQueueMsgsTimerPeriod);
        Assert.Equal(StreamPubSubType.ImplicitOnly, Named<StreamPubSubOptions>(host.Services).PubSubType);
        RunOrleansValidators(host.Services);
    }

    [Fact]
    public void A_client_configured_for_ado_net_streams_maps_streams_to_the_silos_queues()
    {
        var settings = GatewayClientSettings.Read(ClusterGateway());
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleansClient(client => client.AddSpotifyClient(settings));
        using var host = builder.Build();

        var queues = Named<AdoNetStreamOptions>(host.Services);
        Assert.Equal("Npgsql", queues.Invariant);
        Assert.Equal(Postgres, queues.ConnectionString);
        Assert.Equal(4, Named<HashRingStreamQueueMapperOptions>(host.Services).TotalQueueCount);
        Assert.Equal(StreamPubSubType.ImplicitOnly, Named<StreamPubSubOptions>(host.Services).PubSubType);
        RunOrleansValidators(host.Services);
    }

    [Fact]
    public void Without_a_connection_orleans_refuses_the_ado_net_options()
    {
        var validator = new AdoNetStreamOptionsValidator(new AdoNetStreamOptions { Invariant = "Npgsql" }, ProviderNames.ListeningStreams);

        Assert.ThrowsAny<OrleansConfigurationException>(validator.ValidateConfiguration);
    }

    private static IConfiguration ClusterSilo(params (string Key, string Value)[] extra) =>
        Settings.From([
            ("Spotify:Profile", "Cluster"),
            ("ConnectionStrings:Postgres", Postgres),
            ("Spotify:Streams:Provider", "AdoNet"),
            .. extra,
        ]);

    private static IConfiguration ClusterGateway(params (string Key, string Value)[] extra) =>
        Settings.From([
            ("ConnectionStrings:Postgres", Postgres),
            ("ConnectionStrings:Redis", "cache:6379"),
            ("ConnectionStrings:Blobs", "UseDevelopmentStorage=true"),
            ("Spotify:Streams:Provider", "adonet"),
            .. extra,
        ]);

    private static T Named<T>(IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<T>>().Get(ProviderNames.ListeningStreams);

    private static void RunOrleansValidators(IServiceProvider services)
    {
        var validators = services.GetServices<IConfigurationValidator>().ToList();
        Assert.Contains(validators, validator => validator is AdoNetStreamOptionsValidator);
        foreach (var validator in validators)
        {
            validator.ValidateConfiguration();
        }
    }
}
