namespace Spotify.Benchmarks.Catalog;

public sealed record GeneratedTrack(string Isrc, string Name, int DurationMs, int Popularity);
