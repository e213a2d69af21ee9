using System.Collections.Immutable;

namespace Spotify.Benchmarks.Catalog;

public sealed record GeneratedArtist(string Key, string Name, ImmutableArray<string> Genres, int Popularity, ImmutableArray<GeneratedAlbum> Albums);
