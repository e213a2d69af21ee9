using System.Collections.Immutable;

namespace Spotify.Benchmarks.Catalog;

public sealed record GeneratedAlbum(string Upc, string Name, DateOnly Released, ImmutableArray<GeneratedTrack> Tracks);
