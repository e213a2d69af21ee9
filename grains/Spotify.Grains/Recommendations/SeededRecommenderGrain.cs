using System.Collections.Immutable;
using Orleans.Concurrency;
using Spotify.Contracts.Recommendations;
using Spotify.Recommendations;

namespace Spotify.Grains.Recommendations;

[StatelessWorker]
public sealed class SeededRecommenderGrain(IRecommendationScorer scorer) : Grain, ISeededRecommenderGrain
{
    public Task<ImmutableArray<Recommendation>> RecommendAsync(RecommendationSeeds seeds, int limit) =>
        new RecommendationEngine(GrainFactory, scorer).RecommendAsync(SeedProfiles.From(seeds), seeds.TrackIds.ToHashSet(StringComparer.Ordinal), limit);
}
