using System.Collections.Immutable;

namespace Spotify.Contracts.Catalog;

[GenerateSerializer, Immutable, Alias("spotify.catalog.ArtistDetails")]
public sealed record ArtistDetails(
    string Id,
    string Name,
    ImmutableArray<string> Genres,
    int Popularity,
    long Followers,
    ImmutableArray<CatalogImage> Images);
