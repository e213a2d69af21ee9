using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Spotify.Contracts.Recommendations;

/// <summary>
/// A user's taste, keyed by the user's id, fed by the listening-history stream and the tracks the
/// user saves: decayed affinities to tracks, artists and genres, from which it recommends tracks.
/// </summary>
[Alias("spotify.recommendations.IRecommendationProfileGrain")]
public interface IRecommendationProfileGrain : IGrainWithStringKey
{
    const int MaxLimit = 100;

    /// <summary>Recommendations for this user, or, given seeds, around the seeds with this user's skips left out.</summary>
    [Alias("RecommendAsync")]
    Task<ImmutableArray<Recommendation>> RecommendAsync(RecommendationSeeds? seeds, int limit);

    /// <summary>The user saved these tracks to their library at <paramref name="savedAt"/>: a strong sign of liking them. Fire and forget.</summary>
    [OneWay, Alias("RecordSavedTracksAsync")]
    Task RecordSavedTracksAsync(ImmutableArray<string> trackIds, DateTimeOffset savedAt);

    /// <summary>This user's affinities as they are now, for what is made from the user's taste (Discover Weekly, Daily Mixes).</summary>
    [Alias("GetTasteAsync")]
    Task<TasteSnapshot> GetTasteAsync();
}
