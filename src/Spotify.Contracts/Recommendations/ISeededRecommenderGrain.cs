using System.Collections.Immutable;

namespace Spotify.Contracts.Recommendations;

/// <summary>Recommendations from seeds alone, for tokens without a user; a stateless worker (key 0).</summary>
[Alias("spotify.recommendations.ISeededRecommenderGrain")]
public interface ISeededRecommenderGrain : IGrainWithIntegerKey
{
    [Alias("RecommendAsync")]
    Task<ImmutableArray<Recommendation>> RecommendAsync(RecommendationSeeds seeds, int limit);
}
