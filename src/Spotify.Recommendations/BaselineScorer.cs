namespace Spotify.Recommendations;

/// <summary>
/// The hand-weighted scorer used until a trained model is pushed: genre and artist affinity lead,
/// co-listening adds, popularity breaks near ties, and what the user skipped or already plays a
/// lot is pushed down so that recommendations lean towards discovery.
/// </summary>
public sealed class BaselineScorer : IRecommendationScorer
{
    public string Version => "baseline-1";

    public float Score(CandidateFeatures features) =>
        0.35f * features.GenreAffinity
        + 0.30f * features.ArtistAffinity
        + 0.25f * features.CoPlay
        + 0.10f * features.Popularity
        - 0.20f * features.PlayedBefore
        - 0.60f * features.Skipped;
}
