using System.Collections.Immutable;

namespace Spotify.Contracts.Catalog;

[GenerateSerializer, Immutable, Alias("spotify.catalog.AlbumDetails")]
public sealed record AlbumDetails(
    string Id,
    string Name,
    AlbumType AlbumType,
    ReleaseDate ReleaseDate,
    ImmutableArray<ArtistRef> Artists,
    ImmutableArray<AlbumTrackRef> Tracks,
    ImmutableArray<string> Genres,
    string Label,
    string Upc,
    int Popularity,
    ImmutableArray<CatalogImage> Images);
