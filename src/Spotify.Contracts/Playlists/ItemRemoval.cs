using System.Collections.Immutable;

namespace Spotify.Contracts.Playlists;

/// <summary>A track to remove: at the given positions only, or every occurrence when none are given.</summary>
[GenerateSerializer, Immutable, Alias("spotify.playlists.ItemRemoval")]
public sealed record ItemRemoval(string TrackId, ImmutableArray<int> Positions);
