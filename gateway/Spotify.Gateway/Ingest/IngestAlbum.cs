namespace Spotify.Gateway.Ingest;

public sealed record IngestAlbum(
    string? Upc,
    string? Name,
    string? AlbumType,
    string? ReleaseDate,
    IReadOnlyList<string?>? Artists,
    string? Label,
    int? Popularity,
    IReadOnlyList<IngestTrack?>? Tracks);
