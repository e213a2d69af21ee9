namespace Spotify.Contracts.Catalog;

[GenerateSerializer, Alias("spotify.catalog.AlbumType")]
public enum AlbumType
{
    Album,
    Single,
    Compilation,
}
