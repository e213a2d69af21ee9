using System.Diagnostics;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Testing;

namespace Spotify.Integration.Tests;

/// <summary>Two silo processes on the real PostgreSQL: state outlives the silo that wrote it.</summary>
public sealed class SiloFailoverTests : IAsyncLifetime
{
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(60);

    private SiloCluster _cluster = null!;
    private ClusterClient _client = null!;

    public async Task InitializeAsync()
    {
        _cluster = await SiloCluster.StartAsync("failover", siloCount: 2, new Dictionary<string, string>
        {
            ["Spotify:DemoCatalog:SeedOnStart"] = "false",
        });
        _client = await ClusterClient.ConnectAsync(_cluster);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task State_written_through_one_silo_is_read_back_after_that_silo_is_killed()
    {
        var grains = _client.Client;
        var track = SampleTrack();
        var grain = grains.GetGrain<ITrackGrain>(track.Id);
        await grain.UpsertAsync(track);
        var management = grains.GetGrain<IManagementGrain>(0);
        var host = await management.GetActivationAddress(grain);
        Assert.NotNull(host);
        var writer = _cluster.SiloListeningOn(host.Endpoint.Port);

        await writer.Process.KillAsync();
        var stored = await ReadOnceTheClusterRecoversAsync(grain);

        Assert.Equal(track.Name, stored.Name);
        Assert.Equal(track.Album.Id, stored.Album.Id);
        Assert.Equal<ArtistRef>(track.Artists, stored.Artists);
        Assert.Equal(track.Isrc, stored.Isrc);
        var newHost = await management.GetActivationAddress(grain);
        Assert.NotEqual(writer.SiloPort, newHost?.Endpoint.Port);
    }

    /// <summary>Calls fail until membership declares the killed silo dead; then the grain reactivates elsewhere.</summary>
    private static async Task<TrackDetails> ReadOnceTheClusterRecoversAsync(ITrackGrain grain)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await grain.GetAsync() ?? throw new InvalidOperationException("The track was lost.");
            }
            catch (Exception exception) when (exception is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException
                                              && stopwatch.Elapsed < RecoveryTimeout)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }

    private static TrackDetails SampleTrack()
    {
        var artist = new ArtistRef(SpotifyId.NewId(), "Failover Quartet");
        var album = new AlbumRef(SpotifyId.NewId(), "Survivors", AlbumType.Album,
            new ReleaseDate(new DateOnly(2025, 6, 1), ReleaseDatePrecision.Day), 1, [artist], []);
        return new TrackDetails(SpotifyId.NewId(), "Still Here", album, [artist], 1, 1, 245_000, false, "QZDMO2500001", 50);
    }
}
