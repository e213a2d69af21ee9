using Orleans.TestingHost;
using Spotify.Contracts.Catalog;
using Spotify.Grains.Catalog.Demo;

namespace Spotify.Grains.Tests;

/// <summary>Seeding looks at the one catalog-wide listing, so each test gets a cluster of its own.</summary>
public sealed class DemoCatalogSeedingTests : IAsyncLifetime
{
    private readonly InProcessTestCluster _cluster = BuildCluster();

    private IGrainFactory Grains => _cluster.Client;

    public Task InitializeAsync() => _cluster.DeployAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task An_empty_catalog_is_seeded_once()
    {
        var seeder = Grains.GetGrain<IDemoCatalogGrain>(IDemoCatalogGrain.SingletonKey);

        var results = await Task.WhenAll(seeder.SeedIfEmptyAsync(), seeder.SeedIfEmptyAsync(), seeder.SeedIfEmptyAsync());

        Assert.Equal(1, results.Count(seeded => seeded));
        var expected = DemoCatalog.Build();
        var newReleases = Grains.GetGrain<INewReleasesGrain>(INewReleasesGrain.SingletonKey);
        Assert.Equal(expected.Albums.Length, await newReleases.CountAsync());
        var firstTrack = expected.Tracks[0];
        Assert.Equal(firstTrack.Name, (await Grains.GetGrain<ITrackGrain>(firstTrack.Id).GetAsync())?.Name);

        var artist = Grains.GetGrain<IArtistGrain>(expected.Artists[0].Id);
        var albums = await artist.GetAlbumsAsync([AlbumGroup.Album], 0, 50);
        var topTracks = await artist.GetTopTrackIdsAsync(10);
        var artistTracks = expected.Tracks.Where(track => track.Artists[0].Id == expected.Artists[0].Id).ToList();
        Assert.Equal(DemoCatalog.AlbumsPerArtist, albums.Total);
        Assert.Equal(
            artistTracks.OrderByDescending(track => track.Popularity).ThenBy(track => track.Id, StringComparer.Ordinal).Select(track => track.Id),
            topTracks);
    }

    [Fact]
    public async Task A_catalog_that_holds_albums_is_not_seeded()
    {
        var existing = CatalogSamples.AlbumRef(new DateOnly(2022, 2, 2));
        await Grains.GetGrain<INewReleasesGrain>(INewReleasesGrain.SingletonKey).AddAsync([existing]);

        var seeded = await Grains.GetGrain<IDemoCatalogGrain>(IDemoCatalogGrain.SingletonKey).SeedIfEmptyAsync();

        Assert.False(seeded);
        var page = await Grains.GetGrain<INewReleasesGrain>(INewReleasesGrain.SingletonKey).GetPageAsync(0, 50);
        Assert.Equal(existing.Id, Assert.Single(page.Albums).Id);
        Assert.Null(await Grains.GetGrain<ITrackGrain>(DemoCatalog.Build().Tracks[0].Id).GetAsync());
    }

    private static InProcessTestCluster BuildCluster()
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 1);
        builder.ConfigureSilo((_, silo) => GrainClusterFixture.ConfigureSilo(silo));
        return builder.Build();
    }
}
