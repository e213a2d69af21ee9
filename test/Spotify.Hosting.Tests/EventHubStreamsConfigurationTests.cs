using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;
using Spotify.Contracts;
using Spotify.Hosting.Configuration;
using Spotify.Hosting.Streams;

namespace Spotify.Hosting.Tests;

/// <summary>
/// No Event Hubs can run here, so these build the production stream configuration from settings
/// and run the validators Orleans runs when a silo starts, without starting one.
/// </summary>
public sealed class EventHubStreamsConfigurationTests
{
    // The documented shape of an Event Hubs namespace connection string; nothing connects to it.
    private const string EventHubsConnectionString =
        "Endpoint=sb://spotify-events.servicebus.windows.net/;SharedAccessKeyName=listen-send;SharedAccessKey=c2VjcmV0LWtleS1mb3ItdGVzdHM=";

    private const string StorageConnectionString =
        "DefaultEndpointsProtocol=https;AccountName=spotifycheckpoints;AccountKey=c2VjcmV0LWtleS1mb3ItdGVzdHM=;EndpointSuffix=core.windows.net";

    [Fact]
    public void Event_hub_streams_need_a_connection_string_a_hub_name_and_checkpoint_storage()
    {
        var failure = Assert.Throws<HostingConfigurationException>(() =>
            SiloSettings.Read(Settings.From(("Spotify:Streams:Provider", "EventHubs"))));

        Assert.Equal(
            ["ConnectionStrings:EventHubs is required", "Spotify:Streams:EventHubs:Name is required", "ConnectionStrings:Blobs is required"],
            failure.Problems);
    }

    [Fact]
    public void A_silo_configured_for_event_hubs_passes_the_orleans_validators()
    {
        var settings = SiloSettings.Read(EventHubSettings(("Spotify:Streams:EventHubs:ConsumerGroup", "silos")));
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo => silo.AddSpotifySilo(settings));
        using var host = builder.Build();

        var checkpoints = host.Services.GetRequiredService<IOptionsMonitor<AzureTableStreamCheckpointerOptions>>()
            .Get(ProviderNames.ListeningStreams);

        Assert.Equal(ListeningStreamSettings.DefaultCheckpointTable, checkpoints.TableName);
        Assert.Equal("spotifycheckpoints", checkpoints.TableServiceClient?.AccountName);
        // The hub's name, consumer group and connection are internal to Orleans; its validator checks all three.
        RunOrleansValidators(host.Services);
    }

    [Fact]
    public void A_client_configured_for_event_hubs_passes_the_orleans_validators()
    {
        var settings = GatewayClientSettings.Read(EventHubSettings(
            ("ConnectionStrings:Postgres", "Host=db"),
            ("ConnectionStrings:Redis", "cache:6379")));
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleansClient(client => client.AddSpotifyClient(settings));
        using var host = builder.Build();

        RunOrleansValidators(host.Services);
    }

    [Fact]
    public void Without_a_connection_orleans_refuses_the_event_hub_options()
    {
        var validator = new EventHubOptionsValidator(new EventHubOptions(), ProviderNames.ListeningStreams);

        Assert.ThrowsAny<OrleansConfigurationException>(validator.ValidateConfiguration);
    }

    private static Microsoft.Extensions.Configuration.IConfiguration EventHubSettings(params (string Key, string Value)[] extra) =>
        Settings.From([
            ("Spotify:Streams:Provider", "EventHubs"),
            ("ConnectionStrings:EventHubs", EventHubsConnectionString),
            ("Spotify:Streams:EventHubs:Name", "listening-events"),
            ("ConnectionStrings:Blobs", StorageConnectionString),
            .. extra,
        ]);

    private static void RunOrleansValidators(IServiceProvider services)
    {
        var validators = services.GetServices<IConfigurationValidator>().ToList();
        Assert.Contains(validators, validator => validator is EventHubOptionsValidator);
        foreach (var validator in validators)
        {
            validator.ValidateConfiguration();
        }
    }
}
