using System.Collections.Immutable;

namespace Spotify.Grains.Catalog.Demo;

/// <summary>The words a demo genre's artists, albums and tracks are named from.</summary>
internal sealed record DemoGenre(
    string Name,
    ImmutableArray<string> Artists,
    ImmutableArray<string> AlbumWords,
    ImmutableArray<string> TrackAdjectives,
    ImmutableArray<string> TrackNouns,
    string Label);
