using System.Collections.Immutable;

namespace Spotify.Contracts.Catalog;

[GenerateSerializer, Immutable, Alias("spotify.catalog.NewReleasesPage")]
public sealed record NewReleasesPage(ImmutableArray<AlbumRef> Albums, int Total);
