using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;

namespace Spotify.Grains.Tests;

public sealed class CatalogGrainTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    [Fact]
    public async Task A_stored_track_is_read_back_whole()
    {
        var track = CatalogSamples.Track();
        var grain = fixture.Grains.GetGrain<ITrackGrain>(track.Id);

        await grain.UpsertAsync(track);
        var stored = await grain.GetAsync();

        AssertSameTrack(track, stored);
    }

    [Fact]
    public async Task A_track_survives_its_grain_being_deactivated()
    {
        var track = CatalogSamples.Track();
        var grain = fixture.Grains.GetGrain<ITrackGrain>(track.Id);
        await grain.UpsertAsync(track);

        await fixture.Cluster.DeactivateAsync(grain);
        var stored = await grain.GetAsync();

        AssertSameTrack(track, stored);
    }

    [Fact]
    public async Task An_unknown_track_is_null()
    {
        Assert.Null(await fixture.Grains.GetGrain<ITrackGrain>(SpotifyId.NewId()).GetAsync());
    }

    [Fact]
    public async Task An_upsert_replaces_the_previous_track()
    {
        var track = CatalogSamples.Track("First name");
        var grain = fixture.Grains.GetGrain<ITrackGrain>(track.Id);
        await grain.UpsertAsync(track);

        await grain.UpsertAsync(track with { Name = "Second name", Popularity = 7 });
        var stored = await grain.GetAsync();

        Assert.Equal("Second name", stored?.Name);
        Assert.Equal(7, stored?.Popularity);
    }

    [Fact]
    public async Task A_track_stored_under_another_id_is_refused()
    {
        var track = CatalogSamples.Track();
        var grain = fixture.Grains.GetGrain<ITrackGrain>(SpotifyId.NewId());

        await Assert.ThrowsAsync<ArgumentException>(() => grain.UpsertAsync(track));
        Assert.Null(await grain.GetAsync());
    }

    [Fact]
    public async Task An_album_is_read_back_with_its_tracks_in_order()
    {
        var album = CatalogSamples.Album();
        var grain = fixture.Grains.GetGrain<IAlbumGrain>(album.Id);

        await grain.UpsertAsync(album);
        var stored = await grain.GetAsync();

        Assert.NotNull(stored);
        Assert.Equal(album.Name, stored.Name);
        Assert.Equal(album.ReleaseDate, stored.ReleaseDate);
        Assert.Equal(album.Upc, stored.Upc);
        Assert.Equal(album.Tracks.Select(track => track.Id), stored.Tracks.Select(track => track.Id));
        Assert.Equal(album.Tracks.Select(track => track.TrackNumber), stored.Tracks.Select(track => track.TrackNumber));
    }

    [Fact]
    public async Task An_artist_is_read_back_with_genres_and_images()
    {
        var artist = CatalogSamples.Artist();
        var grain = fixture.Grains.GetGrain<IArtistGrain>(artist.Id);

        await grain.UpsertAsync(artist);
        var stored = await grain.GetAsync();

        Assert.NotNull(stored);
        Assert.Equal<string>(artist.Genres, stored.Genres);
        Assert.Equal<CatalogImage>(artist.Images, stored.Images);
        Assert.Equal(artist.Followers, stored.Followers);
    }

    private static void AssertSameTrack(TrackDetails expected, TrackDetails? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Album.Id, actual.Album.Id);
        Assert.Equal(expected.Album.ReleaseDate, actual.Album.ReleaseDate);
        Assert.Equal<ArtistRef>(expected.Artists, actual.Artists);
        Assert.Equal(expected.DurationMs, actual.DurationMs);
        Assert.Equal(expected.Explicit, actual.Explicit);
        Assert.Equal(expected.Isrc, actual.Isrc);
        Assert.Equal(expected.Popularity, actual.Popularity);
    }
}
