namespace Spotify.Contracts.Catalog;

[GenerateSerializer, Immutable, Alias("spotify.catalog.CatalogImage")]
public sealed record CatalogImage(string Url, int Width, int Height);
