using System.Collections.Immutable;

namespace Spotify.Contracts.Catalog;

/// <summary>A page of simplified albums and how many there are in all.</summary>
[GenerateSerializer, Immutable, Alias("spotify.catalog.AlbumRefPage")]
public sealed record AlbumRefPage(ImmutableArray<AlbumRef> Albums, int Total);
