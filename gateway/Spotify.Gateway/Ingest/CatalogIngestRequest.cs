namespace Spotify.Gateway.Ingest;

/// <summary>
/// The body of <c>POST /v1/admin/catalog</c>: artists keyed by a stable key of the caller's
/// (a MusicBrainz id, say), albums by UPC with their tracks by ISRC. The same batch posted again
/// addresses the same items.
/// </summary>
public sealed record CatalogIngestRequest(IReadOnlyList<IngestArtist?>? Artists, IReadOnlyList<IngestAlbum?>? Albums);
