using System.Collections.Immutable;

namespace Spotify.Contracts.Catalog;

/// <summary>A track as an album lists it (Spotify's simplified track object).</summary>
[GenerateSerializer, Immutable, Alias("spotify.catalog.AlbumTrackRef")]
public sealed record AlbumTrackRef(
    string Id,
    string Name,
    ImmutableArray<ArtistRef> Artists,
    int DiscNumber,
    int TrackNumber,
    int DurationMs,
    bool Explicit);
