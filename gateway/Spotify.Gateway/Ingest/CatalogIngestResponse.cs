namespace Spotify.Gateway.Ingest;

public sealed record CatalogIngestResponse(
    IReadOnlyList<IngestedItem> Artists,
    IReadOnlyList<IngestedItem> Albums,
    IReadOnlyList<IngestedItem> Tracks);
