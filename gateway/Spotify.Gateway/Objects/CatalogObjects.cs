using System.Collections.Immutable;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Gateway.Links;
using Spotify.Gateway.Paging;

namespace Spotify.Gateway.Objects;

/// <summary>Maps catalog wire records to the Spotify Web API's object shapes.</summary>
public static class CatalogObjects
{
    /// <summary>How many tracks an album object embeds, as the Spotify Web API does.</summary>
    public const int EmbeddedAlbumTracks = 50;

    private static readonly ExternalUrls NoExternalUrls = new();

    public static TrackObject Track(TrackDetails track, ApiUrls urls) => new(
        SimplifiedAlbum(track.Album, urls),
        Artists(track.Artists, urls),
        track.DiscNumber,
        track.DurationMs,
        track.Explicit,
        new ExternalIds(Isrc: track.Isrc),
        NoExternalUrls,
        urls.Track(track.Id),
        track.Id,
        IsLocal: false,
        track.Name,
        track.Popularity,
        PreviewUrl: null,
        track.TrackNumber,
        "track",
        SpotifyUri.Track(track.Id));

    public static SimplifiedAlbumObject SimplifiedAlbum(AlbumRef album, ApiUrls urls) => new(
        AlbumType(album.AlbumType),
        album.TotalTracks,
        NoExternalUrls,
        urls.Album(album.Id),
        album.Id,
        Images(album.Images),
        album.Name,
        ReleaseDate(album.ReleaseDate),
        Precision(album.ReleaseDate.Precision),
        "album",
        SpotifyUri.Album(album.Id),
        Artists(album.Artists, urls));

    public static AlbumObject Album(AlbumDetails album, ApiUrls urls)
    {
        var firstPage = new PageRequest(0, EmbeddedAlbumTracks);
        var tracks = album.Tracks.Take(EmbeddedAlbumTracks).Select(track => AlbumTrack(track, urls)).ToList();
        return new AlbumObject(
            AlbumType(album.AlbumType),
            album.Tracks.Length,
            NoExternalUrls,
            urls.Album(album.Id),
            album.Id,
            Images(album.Images),
            album.Name,
            ReleaseDate(album.ReleaseDate),
            Precision(album.ReleaseDate.Precision),
            "album",
            SpotifyUri.Album(album.Id),
            Artists(album.Artists, urls),
            PagingLinks.Create(urls, $"/v1/albums/{album.Id}/tracks", firstPage, album.Tracks.Length, tracks),
            Copyrights: [],
            new ExternalIds(Upc: album.Upc),
            album.Genres,
            album.Label,
            album.Popularity);
    }

    public static ArtistObject Artist(ArtistDetails artist, ApiUrls urls) => new(
        NoExternalUrls,
        new FollowersObject(Href: null, artist.Followers),
        artist.Genres,
        urls.Artist(artist.Id),
        artist.Id,
        Images(artist.Images),
        artist.Name,
        artist.Popularity,
        "artist",
        SpotifyUri.Artist(artist.Id));

    public static SimplifiedAlbumObject ArtistAlbum(ArtistAlbum album, ApiUrls urls) =>
        SimplifiedAlbum(album.Album, urls) with { AlbumGroup = GroupName(album.Group) };

    public static string GroupName(AlbumGroup group) => group switch
    {
        Contracts.Catalog.AlbumGroup.Album => "album",
        Contracts.Catalog.AlbumGroup.Single => "single",
        Contracts.Catalog.AlbumGroup.Compilation => "compilation",
        Contracts.Catalog.AlbumGroup.AppearsOn => "appears_on",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Unknown album group."),
    };

    public static SimplifiedTrackObject AlbumTrack(AlbumTrackRef track, ApiUrls urls) => new(
        Artists(track.Artists, urls),
        track.DiscNumber,
        track.DurationMs,
        track.Explicit,
        NoExternalUrls,
        urls.Track(track.Id),
        track.Id,
        IsLocal: false,
        track.Name,
        PreviewUrl: null,
        track.TrackNumber,
        "track",
        SpotifyUri.Track(track.Id));

    private static List<SimplifiedArtistObject> Artists(ImmutableArray<ArtistRef> artists, ApiUrls urls) =>
        artists.Select(artist => new SimplifiedArtistObject(
            NoExternalUrls,
            urls.Artist(artist.Id),
            artist.Id,
            artist.Name,
            "artist",
            SpotifyUri.Artist(artist.Id))).ToList();

    private static List<ImageObject> Images(ImmutableArray<CatalogImage> images) =>
        images.Select(image => new ImageObject(image.Url, image.Height, image.Width)).ToList();

    private static string AlbumType(AlbumType type) => type switch
    {
        Contracts.Catalog.AlbumType.Album => "album",
        Contracts.Catalog.AlbumType.Single => "single",
        Contracts.Catalog.AlbumType.Compilation => "compilation",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown album type."),
    };

    private static string ReleaseDate(ReleaseDate date) => date.Precision switch
    {
        ReleaseDatePrecision.Year => date.Date.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        ReleaseDatePrecision.Month => date.Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ => date.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Precision(ReleaseDatePrecision precision) => precision switch
    {
        ReleaseDatePrecision.Year => "year",
        ReleaseDatePrecision.Month => "month",
        _ => "day",
    };
}
