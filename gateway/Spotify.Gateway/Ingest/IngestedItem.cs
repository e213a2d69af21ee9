namespace Spotify.Gateway.Ingest;

/// <summary>An ingested item: the caller's key for it (artist key, UPC or ISRC) and the catalog id it has.</summary>
public sealed record IngestedItem(string Key, string Id, string Uri);
