using Orleans.Configuration;
using Orleans.Dashboard;
using Spotify.Hosting.Configuration;
using Spotify.Hosting.Streams;

namespace Spotify.Hosting;

/// <summary>Turns <see cref="GatewayClientSettings"/> into an Orleans client of the silo cluster.</summary>
public static class ClientHostingExtensions
{
    public static IClientBuilder AddSpotifyClient(this IClientBuilder client, GatewayClientSettings settings)
    {
        client.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = settings.Identity.ClusterId;
            options.ServiceId = settings.Identity.ServiceId;
        });

        if (settings.StaticGateways.IsEmpty)
        {
            client.UseAdoNetClustering(options =>
            {
                options.Invariant = SiloHostingExtensions.PostgresInvariant;
                options.ConnectionString = settings.PostgresConnectionString;
            });
        }
        else
        {
            client.UseStaticClustering([.. settings.StaticGateways]);
        }

        if (settings.Tls is { } tls)
        {
            client.UseTls(options => OrleansTls.Configure(options, tls));
        }

        client.AddListeningStreams(settings.Streams);
        client.AddDashboard();
        return client;
    }
}
