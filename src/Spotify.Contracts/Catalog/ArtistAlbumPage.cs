using System.Collections.Immutable;

namespace Spotify.Contracts.Catalog;

[GenerateSerializer, Immutable, Alias("spotify.catalog.ArtistAlbumPage")]
public sealed record ArtistAlbumPage(ImmutableArray<ArtistAlbum> Albums, int Total);
