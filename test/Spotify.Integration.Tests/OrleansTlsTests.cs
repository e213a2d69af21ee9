using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Testing;

namespace Spotify.Integration.Tests;

/// <summary>Silos and a client that talk TLS with one shared self-signed certificate.</summary>
public sealed class OrleansTlsTests(OrleansTlsTests.TlsCluster fixture) : IClassFixture<OrleansTlsTests.TlsCluster>
{
    [Fact]
    public async Task Silos_form_a_cluster_over_tls_and_a_tls_client_uses_it()
    {
        await using var client = await ClusterClient.ConnectAsync(fixture.Cluster, fixture.TlsSettings);
        var artist = new ArtistDetails(SpotifyId.NewId(), "Encrypted Ensemble", ["jazz"], 10, 5, []);

        await client.Client.GetGrain<IArtistGrain>(artist.Id).UpsertAsync(artist);
        var hosts = await client.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);

        Assert.Equal("Encrypted Ensemble", (await client.Client.GetGrain<IArtistGrain>(artist.Id).GetAsync())?.Name);
        Assert.Equal(2, hosts.Count);
    }

    [Fact]
    public async Task A_client_without_tls_cannot_connect()
    {
        // A TLS client connects within a second or two; a plain one never completes the handshake.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ClusterClient.ConnectAsync(fixture.Cluster, cancellationToken: patience.Token));
    }

    public sealed class TlsCluster : IAsyncLifetime
    {
        private readonly SelfSignedCertificate _certificate = SelfSignedCertificate.Create("spotify-cluster");

        public SiloCluster Cluster { get; private set; } = null!;

        public Dictionary<string, string> TlsSettings => new()
        {
            ["Orleans:Tls:CertificatePath"] = _certificate.Path,
            ["Orleans:Tls:CertificatePassword"] = _certificate.Password,
        };

        public async Task InitializeAsync()
        {
            Cluster = await SiloCluster.StartAsync("tls", siloCount: 2, new Dictionary<string, string>(TlsSettings)
            {
                ["Spotify:DemoCatalog:SeedOnStart"] = "false",
            });
        }

        public async Task DisposeAsync()
        {
            await Cluster.DisposeAsync();
            _certificate.Dispose();
        }
    }
}
