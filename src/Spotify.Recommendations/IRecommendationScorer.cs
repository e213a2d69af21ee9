namespace Spotify.Recommendations;

/// <summary>Scores a candidate track for a user; higher is better. A trained model replaces the baseline.</summary>
public interface IRecommendationScorer
{
    string Version { get; }

    float Score(CandidateFeatures features);
}
