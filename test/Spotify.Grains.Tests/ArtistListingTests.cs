using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;

namespace Spotify.Grains.Tests;

public sealed class ArtistListingTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    private static readonly AlbumGroup[] AllGroups = [AlbumGroup.Album, AlbumGroup.Single, AlbumGroup.Compilation, AlbumGroup.AppearsOn];

    [Fact]
    public async Task Albums_are_grouped_by_how_the_artist_relates_to_them_and_listed_newest_first()
    {
        var artistId = SpotifyId.NewId();
        var self = new ArtistRef(artistId, "Listed Artist");
        var other = new ArtistRef(SpotifyId.NewId(), "Someone Else");
        var album = CatalogSamples.AlbumRef(new DateOnly(2020, 1, 1)) with { Artists = [self] };
        var single = CatalogSamples.AlbumRef(new DateOnly(2024, 1, 1)) with { Artists = [self], AlbumType = AlbumType.Single };
        var featured = CatalogSamples.AlbumRef(new DateOnly(2022, 1, 1)) with { Artists = [other] };
        var artist = fixture.Grains.GetGrain<IArtistGrain>(artistId);

        await artist.ListAlbumsAsync([album, single, featured]);
        var everything = await artist.GetAlbumsAsync([.. AllGroups], 0, 10);
        var singles = await artist.GetAlbumsAsync([AlbumGroup.Single], 0, 10);
        var appearsOn = await artist.GetAlbumsAsync([AlbumGroup.AppearsOn], 0, 10);

        Assert.Equal([single.Id, featured.Id, album.Id], everything.Albums.Select(entry => entry.Album.Id));
        Assert.Equal([AlbumGroup.Single, AlbumGroup.AppearsOn, AlbumGroup.Album], everything.Albums.Select(entry => entry.Group));
        Assert.Equal(single.Id, Assert.Single(singles.Albums).Album.Id);
        Assert.Equal(featured.Id, Assert.Single(appearsOn.Albums).Album.Id);
        Assert.Equal(1, appearsOn.Total);
    }

    [Fact]
    public async Task Album_pages_follow_the_offset_and_limit()
    {
        var artistId = SpotifyId.NewId();
        var albums = Enumerable.Range(0, 7)
            .Select(day => CatalogSamples.AlbumRef(new DateOnly(2021, 3, 1).AddDays(day)) with { Artists = [new ArtistRef(artistId, "A")] })
            .ToList();
        var artist = fixture.Grains.GetGrain<IArtistGrain>(artistId);
        await artist.ListAlbumsAsync([.. albums]);

        var page = await artist.GetAlbumsAsync([.. AllGroups], 5, 5);

        Assert.Equal(7, page.Total);
        Assert.Equal([albums[1].Id, albums[0].Id], page.Albums.Select(entry => entry.Album.Id));
    }

    [Fact]
    public async Task Top_tracks_follow_the_latest_popularity()
    {
        var artist = fixture.Grains.GetGrain<IArtistGrain>(SpotifyId.NewId());
        await artist.RankTracksAsync([new RankedTrack("a", 10), new RankedTrack("b", 80), new RankedTrack("c", 50)]);

        await artist.RankTracksAsync([new RankedTrack("a", 95)]);

        Assert.Equal<string>(["a", "b"], await artist.GetTopTrackIdsAsync(2));
    }
}
