using System.Collections.Immutable;
using Spotify.Contracts.Catalog;

namespace Spotify.Grains.Catalog;

/// <summary>A consistent set of catalog items to publish together: the albums' and tracks'
/// artist and album summaries refer to items in the same batch or already in the catalog.</summary>
public sealed record CatalogBatch(
    ImmutableArray<ArtistDetails> Artists,
    ImmutableArray<AlbumDetails> Albums,
    ImmutableArray<TrackDetails> Tracks);
