using System.Collections.Immutable;

namespace Spotify.Contracts.Recommendations;

/// <summary>What scoring needs to know of a track that might be recommended.</summary>
[GenerateSerializer, Immutable, Alias("spotify.recommendations.TrackCandidate")]
public sealed record TrackCandidate(string TrackId, ImmutableArray<string> ArtistIds, ImmutableArray<string> Genres, int Popularity);
