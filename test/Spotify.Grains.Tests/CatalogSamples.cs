using System.Collections.Immutable;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;

namespace Spotify.Grains.Tests;

/// <summary>Catalog items with fresh ids, so tests sharing a cluster never meet each other's data.</summary>
internal static class CatalogSamples
{
    public static AlbumRef AlbumRef(DateOnly released, string name = "An album") => new(
        SpotifyId.NewId(),
        name,
        AlbumType.Album,
        new ReleaseDate(released, ReleaseDatePrecision.Day),
        TotalTracks: 1,
        [new ArtistRef(SpotifyId.NewId(), "An artist")],
        Images: []);

    public static TrackDetails Track(string name = "A track")
    {
        var artist = new ArtistRef(SpotifyId.NewId(), "An artist");
        return new TrackDetails(
            SpotifyId.NewId(),
            name,
            AlbumRef(new DateOnly(2024, 5, 17)) with { Artists = [artist] },
            [artist],
            DiscNumber: 1,
            TrackNumber: 3,
            DurationMs: 201_000,
            Explicit: true,
            Isrc: "QZDMO2400003",
            Popularity: 42);
    }

    public static ArtistDetails Artist() => new(
        SpotifyId.NewId(), "An artist", ["jazz", "soul"], Popularity: 61, Followers: 12_345,
        [new CatalogImage("https://images.example/a.jpg", 640, 640)]);

    public static AlbumDetails Album()
    {
        var artist = new ArtistRef(SpotifyId.NewId(), "An artist");
        var tracks = Enumerable.Range(1, 3)
            .Select(number => new AlbumTrackRef(SpotifyId.NewId(), $"Track {number}", [artist], 1, number, 180_000 + number, false))
            .ToImmutableArray();
        return new AlbumDetails(
            SpotifyId.NewId(), "An album", AlbumType.Single, new ReleaseDate(new DateOnly(2021, 1, 1), ReleaseDatePrecision.Year),
            [artist], tracks, ["jazz"], "A label", "190000000001", Popularity: 33, Images: []);
    }
}
