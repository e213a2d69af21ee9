namespace Spotify.Recommendations;

/// <summary>
/// The features a scorer sees for one candidate, each from 0 to 1 (relative to the user's
/// strongest affinity of that kind), so that a trained model and the baseline read the same inputs.
/// </summary>
public sealed record CandidateFeatures(
    float GenreAffinity,
    float ArtistAffinity,
    float CoPlay,
    float Popularity,
    float PlayedBefore,
    float Skipped);
