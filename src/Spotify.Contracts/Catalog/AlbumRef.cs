using System.Collections.Immutable;

namespace Spotify.Contracts.Catalog;

/// <summary>The simplified album that tracks and album listings carry with them.</summary>
[GenerateSerializer, Immutable, Alias("spotify.catalog.AlbumRef")]
public sealed record AlbumRef(
    string Id,
    string Name,
    AlbumType AlbumType,
    ReleaseDate ReleaseDate,
    int TotalTracks,
    ImmutableArray<ArtistRef> Artists,
    ImmutableArray<CatalogImage> Images);
