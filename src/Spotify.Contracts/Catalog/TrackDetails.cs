using System.Collections.Immutable;

namespace Spotify.Contracts.Catalog;

/// <summary>
/// A track with the album and artist summaries it is shown with, so that one grain call
/// answers a track request.
/// </summary>
[GenerateSerializer, Immutable, Alias("spotify.catalog.TrackDetails")]
public sealed record TrackDetails(
    string Id,
    string Name,
    AlbumRef Album,
    ImmutableArray<ArtistRef> Artists,
    int DiscNumber,
    int TrackNumber,
    int DurationMs,
    bool Explicit,
    string Isrc,
    int Popularity);
