using Spotify.Contracts.Ids;
using Spotify.Grains.Catalog.Demo;

namespace Spotify.Grains.Tests;

public sealed class DemoCatalogTests
{
    [Fact]
    public void The_demo_catalog_has_five_genres_or_more_with_twenty_tracks_each()
    {
        var batch = DemoCatalog.Build();
        var artistGenres = batch.Artists.ToDictionary(artist => artist.Id, artist => artist.Genres.Single());

        var tracksPerGenre = batch.Tracks
            .GroupBy(track => artistGenres[track.Artists[0].Id])
            .ToDictionary(group => group.Key, group => group.Count());

        Assert.True(tracksPerGenre.Count >= 5, $"{tracksPerGenre.Count} genres");
        Assert.All(tracksPerGenre, genre => Assert.True(genre.Value >= 20, $"{genre.Key}: {genre.Value} tracks"));
    }

    [Fact]
    public void Every_reference_in_the_demo_catalog_points_at_an_item_in_it()
    {
        var batch = DemoCatalog.Build();
        var artistIds = batch.Artists.Select(artist => artist.Id).ToHashSet();
        var albumsById = batch.Albums.ToDictionary(album => album.Id);
        var trackIds = batch.Tracks.Select(track => track.Id).ToHashSet();

        Assert.All(batch.Tracks, track =>
        {
            Assert.True(albumsById.ContainsKey(track.Album.Id));
            Assert.Contains(track.Id, albumsById[track.Album.Id].Tracks.Select(albumTrack => albumTrack.Id));
            Assert.All(track.Artists, artist => Assert.Contains(artist.Id, artistIds));
        });
        Assert.All(batch.Albums, album => Assert.All(album.Tracks, track => Assert.Contains(track.Id, trackIds)));
    }

    [Fact]
    public void Demo_ids_are_valid_unique_and_the_same_on_every_build()
    {
        var first = DemoCatalog.Build();
        var second = DemoCatalog.Build();
        var ids = first.Artists.Select(artist => artist.Id)
            .Concat(first.Albums.Select(album => album.Id))
            .Concat(first.Tracks.Select(track => track.Id))
            .ToList();

        Assert.All(ids, id => Assert.True(SpotifyId.IsValid(id), id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(first.Tracks.Select(track => track.Id), second.Tracks.Select(track => track.Id));
        Assert.Equal(first.Tracks.Select(track => track.Name), second.Tracks.Select(track => track.Name));
        Assert.Equal(DemoCatalog.TrackId("rock", 0, 0, 0), first.Tracks[0].Id);
    }

    [Fact]
    public void Demo_isrcs_and_upcs_are_unique()
    {
        var batch = DemoCatalog.Build();

        Assert.Equal(batch.Tracks.Length, batch.Tracks.Select(track => track.Isrc).Distinct().Count());
        Assert.Equal(batch.Albums.Length, batch.Albums.Select(album => album.Upc).Distinct().Count());
        Assert.All(batch.Tracks, track => Assert.Equal(12, track.Isrc.Length));
        Assert.All(batch.Albums, album => Assert.Equal(12, album.Upc.Length));
    }
}
