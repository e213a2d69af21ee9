namespace Spotify.Gateway.Objects;

public sealed record SimplifiedAlbumObject(
    string AlbumType,
    int TotalTracks,
    ExternalUrls ExternalUrls,
    string Href,
    string Id,
    IReadOnlyList<ImageObject> Images,
    string Name,
    string ReleaseDate,
    string ReleaseDatePrecision,
    string Type,
    string Uri,
    IReadOnlyList<SimplifiedArtistObject> Artists);
