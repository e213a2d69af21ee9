using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Storage;
using Spotify.Contracts;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Grains.Catalog;
using Spotify.Hosting;
using Spotify.Hosting.Configuration;
using Spotify.Testing;

namespace Spotify.Integration.Tests;

/// <summary>
/// The Cluster profile's grain storage on the real PostgreSQL, used directly: optimistic
/// concurrency must refuse a write made from a stale read.
/// </summary>
public sealed class GrainStorageTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.CreateName("storage");
    private IHost _silo = null!;

    private IGrainStorage Storage => _silo.Services.GetRequiredKeyedService<IGrainStorage>(ProviderNames.CatalogStorage);

    public async Task InitializeAsync()
    {
        var ports = FreePorts.Take(2);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Spotify:Profile"] = "Cluster",
            ["ConnectionStrings:Postgres"] = _database.ConnectionString,
            ["Orleans:ClusterId"] = _database.Name,
            ["Orleans:SiloPort"] = ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var settings = SiloSettings.Read(builder.Configuration);
        builder.UseOrleans(silo => silo.AddSpotifySilo(settings));
        _silo = builder.Build();
        await _silo.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _silo.StopAsync();
        _silo.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_write_from_a_stale_read_is_rejected_and_changes_nothing()
    {
        var grainId = GrainId.Create("track", SpotifyId.NewId());
        var first = await ReadAsync(grainId);
        first.State = new TrackState { Track = Track(grainId, "Original") };
        await Storage.WriteStateAsync("track", grainId, first);

        var stale = await ReadAsync(grainId);
        first.State = new TrackState { Track = Track(grainId, "Newer") };
        await Storage.WriteStateAsync("track", grainId, first);
        stale.State = new TrackState { Track = Track(grainId, "Lost update") };

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("track", grainId, stale));
        Assert.Equal("Newer", (await ReadAsync(grainId)).State?.Track?.Name);
    }

    [Fact]
    public async Task A_first_write_over_existing_state_is_rejected()
    {
        var grainId = GrainId.Create("track", SpotifyId.NewId());
        var writer = await ReadAsync(grainId);
        var unaware = await ReadAsync(grainId);
        writer.State = new TrackState { Track = Track(grainId, "Written first") };
        await Storage.WriteStateAsync("track", grainId, writer);

        unaware.State = new TrackState { Track = Track(grainId, "Written blind") };

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("track", grainId, unaware));
        Assert.Equal("Written first", (await ReadAsync(grainId)).State?.Track?.Name);
    }

    private async Task<GrainState<TrackState>> ReadAsync(GrainId grainId)
    {
        var state = new GrainState<TrackState>(new TrackState());
        await Storage.ReadStateAsync("track", grainId, state);
        return state;
    }

    private static TrackDetails Track(GrainId grainId, string name)
    {
        var artist = new ArtistRef(SpotifyId.NewId(), "Concurrency");
        var album = new AlbumRef(SpotifyId.NewId(), "Versions", AlbumType.Single,
            new ReleaseDate(new DateOnly(2024, 1, 1), ReleaseDatePrecision.Year), 1, [artist], []);
        return new TrackDetails(grainId.Key.ToString()!, name, album, [artist], 1, 1, 200_000, false, "QZDMO2400009", 1);
    }
}
