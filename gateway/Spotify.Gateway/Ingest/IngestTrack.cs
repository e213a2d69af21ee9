namespace Spotify.Gateway.Ingest;

public sealed record IngestTrack(
    string? Isrc,
    string? Name,
    int? DurationMs,
    bool? Explicit,
    int? DiscNumber,
    int? TrackNumber,
    IReadOnlyList<string?>? Artists,
    int? Popularity);
