namespace Spotify.Gateway.Objects;

public sealed record AlbumObject(
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
    IReadOnlyList<SimplifiedArtistObject> Artists,
    PagingObject<SimplifiedTrackObject> Tracks,
    IReadOnlyList<CopyrightObject> Copyrights,
    ExternalIds ExternalIds,
    IReadOnlyList<string> Genres,
    string Label,
    int Popularity);
