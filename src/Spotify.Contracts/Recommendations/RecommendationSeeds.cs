using System.Collections.Immutable;

namespace Spotify.Contracts.Recommendations;

/// <summary>Spotify's recommendation seeds: up to 5 tracks, artists and genres in all.</summary>
[GenerateSerializer, Immutable, Alias("spotify.recommendations.RecommendationSeeds")]
public sealed record RecommendationSeeds(ImmutableArray<string> TrackIds, ImmutableArray<string> ArtistIds, ImmutableArray<string> Genres)
{
    public const int MaxSeeds = 5;

    public int Count => TrackIds.Length + ArtistIds.Length + Genres.Length;
}
