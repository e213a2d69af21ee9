using Spotify.Contracts.Catalog;

namespace Spotify.Grains.Tests;

/// <summary>Each test lists under a key of its own, so tests sharing the cluster stay apart.</summary>
public sealed class NewReleasesGrainTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    private INewReleasesGrain NewListing() => fixture.Grains.GetGrain<INewReleasesGrain>(Random.Shared.NextInt64(1, long.MaxValue));

    [Fact]
    public async Task Releases_are_listed_newest_first()
    {
        var listing = NewListing();
        var old = CatalogSamples.AlbumRef(new DateOnly(2019, 3, 1));
        var newest = CatalogSamples.AlbumRef(new DateOnly(2026, 1, 1));
        var middle = CatalogSamples.AlbumRef(new DateOnly(2023, 7, 9));

        await listing.AddAsync([old, newest]);
        await listing.AddAsync([middle]);
        var page = await listing.GetPageAsync(0, 10);

        Assert.Equal([newest.Id, middle.Id, old.Id], page.Albums.Select(album => album.Id));
        Assert.Equal(3, page.Total);
    }

    [Fact]
    public async Task Pages_cover_the_listing_without_gaps_or_repeats()
    {
        var listing = NewListing();
        var albums = Enumerable.Range(0, 25)
            .Select(day => CatalogSamples.AlbumRef(new DateOnly(2025, 1, 1).AddDays(day)))
            .ToList();
        await listing.AddAsync([.. albums]);

        var seen = new List<string>();
        for (var offset = 0; offset < 25; offset += 10)
        {
            var page = await listing.GetPageAsync(offset, 10);
            Assert.Equal(25, page.Total);
            seen.AddRange(page.Albums.Select(album => album.Id));
        }

        Assert.Equal(albums.OrderByDescending(album => album.ReleaseDate.Date).Select(album => album.Id), seen);
        Assert.Empty((await listing.GetPageAsync(25, 10)).Albums);
    }

    [Fact]
    public async Task Listing_an_album_again_replaces_it()
    {
        var listing = NewListing();
        var album = CatalogSamples.AlbumRef(new DateOnly(2020, 1, 1), "Old title");
        await listing.AddAsync([album]);

        await listing.AddAsync([album with { Name = "New title" }]);
        var page = await listing.GetPageAsync(0, 10);

        var listed = Assert.Single(page.Albums);
        Assert.Equal("New title", listed.Name);
    }

    [Fact]
    public async Task The_listing_keeps_only_the_most_recent_releases()
    {
        var listing = NewListing();
        var albums = Enumerable.Range(0, Catalog.NewReleasesGrain.MaxListed + 5)
            .Select(day => CatalogSamples.AlbumRef(new DateOnly(2000, 1, 1).AddDays(day)))
            .ToList();

        await listing.AddAsync([.. albums]);
        var oldestListed = await listing.GetPageAsync(Catalog.NewReleasesGrain.MaxListed - 1, 1);

        Assert.Equal(Catalog.NewReleasesGrain.MaxListed, await listing.CountAsync());
        Assert.Equal(albums[5].Id, Assert.Single(oldestListed.Albums).Id);
    }

    [Fact]
    public async Task A_negative_offset_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => NewListing().GetPageAsync(-1, 10));
    }
}
