namespace Spotify.Contracts.Catalog;

[GenerateSerializer, Immutable, Alias("spotify.catalog.ArtistAlbum")]
public sealed record ArtistAlbum(AlbumRef Album, AlbumGroup Group);
