using System.Collections.Immutable;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;

namespace Spotify.Grains.Catalog.Demo;

/// <summary>
/// Builds the demo catalog: per genre, three artists with two albums of four tracks each. It is
/// the same on every run (ids derive from names, numbers from a fixed seed), so the README can
/// point at a demo id.
/// </summary>
public static class DemoCatalog
{
    public const int AlbumsPerArtist = 2;
    public const int TracksPerAlbum = 4;

    private const int Seed = 20261124;
    private static readonly DateOnly LatestRelease = new(2026, 11, 20);

    public static string TrackId(string genre, int artist, int album, int track) =>
        SpotifyId.FromNaturalKey($"demo:track:{genre}:{artist}:{album}:{track}");

    public static CatalogBatch Build()
    {
        var random = new Random(Seed);
        var artists = ImmutableArray.CreateBuilder<ArtistDetails>();
        var albums = ImmutableArray.CreateBuilder<AlbumDetails>();
        var tracks = ImmutableArray.CreateBuilder<TrackDetails>();

        foreach (var genre in DemoGenres.All)
        {
            for (var artistIndex = 0; artistIndex < genre.Artists.Length; artistIndex++)
            {
                var artist = new ArtistDetails(
                    SpotifyId.FromNaturalKey($"demo:artist:{genre.Name}:{artistIndex}"),
                    genre.Artists[artistIndex],
                    [genre.Name],
                    Popularity: random.Next(20, 95),
                    Followers: random.Next(1_000, 2_000_000),
                    Images: []);
                artists.Add(artist);

                for (var albumIndex = 0; albumIndex < AlbumsPerArtist; albumIndex++)
                {
                    var album = BuildAlbum(genre, artist, artistIndex, albumIndex, albums.Count, random);
                    albums.Add(album);
                    var albumRef = CatalogWriter.ToRef(album);
                    var tracksBefore = tracks.Count;
                    tracks.AddRange(album.Tracks.Select(track => new TrackDetails(
                        track.Id,
                        track.Name,
                        albumRef,
                        track.Artists,
                        track.DiscNumber,
                        track.TrackNumber,
                        track.DurationMs,
                        track.Explicit,
                        Isrc: $"QZDMO{album.ReleaseDate.Date.Year % 100:D2}{tracksBefore + track.TrackNumber:D5}",
                        Popularity: random.Next(5, 100))));
                }
            }
        }

        return new CatalogBatch(artists.ToImmutable(), albums.ToImmutable(), tracks.ToImmutable());
    }

    private static AlbumDetails BuildAlbum(
        DemoGenre genre, ArtistDetails artist, int artistIndex, int albumIndex, int albumNumber, Random random)
    {
        var artistRefs = ImmutableArray.Create(new ArtistRef(artist.Id, artist.Name));
        var albumTracks = Enumerable.Range(0, TracksPerAlbum)
            .Select(trackIndex => new AlbumTrackRef(
                TrackId(genre.Name, artistIndex, albumIndex, trackIndex),
                TrackName(genre, random),
                artistRefs,
                DiscNumber: 1,
                TrackNumber: trackIndex + 1,
                DurationMs: random.Next(150_000, 330_000),
                Explicit: genre.Name == "hip hop" && trackIndex % 2 == 0))
            .ToImmutableArray();

        var albumName = albumIndex == 0
            ? genre.AlbumWords[random.Next(genre.AlbumWords.Length)]
            : $"{genre.AlbumWords[random.Next(genre.AlbumWords.Length)]} Sessions";

        return new AlbumDetails(
            SpotifyId.FromNaturalKey($"demo:album:{genre.Name}:{artistIndex}:{albumIndex}"),
            albumName,
            AlbumType.Album,
            new ReleaseDate(LatestRelease.AddDays(-albumNumber * 61), ReleaseDatePrecision.Day),
            artistRefs,
            albumTracks,
            [genre.Name],
            genre.Label,
            Upc: $"19{albumNumber + 1:D10}",
            Popularity: random.Next(10, 90),
            Images: []);
    }

    private static string TrackName(DemoGenre genre, Random random) =>
        $"{genre.TrackAdjectives[random.Next(genre.TrackAdjectives.Length)]} {genre.TrackNouns[random.Next(genre.TrackNouns.Length)]}";
}
