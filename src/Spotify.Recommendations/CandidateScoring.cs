using System.Collections.Immutable;
using Spotify.Contracts.Recommendations;

namespace Spotify.Recommendations;

/// <summary>
/// Turns candidates into the scorer's features for one profile. The profile's strongest affinities
/// are found once here, not per candidate: a listener with a long history has thousands of tracks.
/// </summary>
public sealed class CandidateScoring(TasteProfile profile)
{
    private readonly double _strongestGenre = Strongest(profile.Genres);
    private readonly double _strongestArtist = Strongest(profile.Artists);
    private readonly double _strongestTrack = Strongest(profile.Tracks);

    public CandidateFeatures Features(TrackCandidate candidate, double coPlay)
    {
        var trackAffinity = profile.Tracks.GetValueOrDefault(candidate.TrackId);
        return new CandidateFeatures(
            GenreAffinity: StrongestRelative(candidate.Genres, profile.Genres, _strongestGenre),
            ArtistAffinity: StrongestRelative(candidate.ArtistIds, profile.Artists, _strongestArtist),
            CoPlay: (float)Math.Clamp(coPlay, 0, 1),
            Popularity: Math.Clamp(candidate.Popularity, 0, 100) / 100f,
            PlayedBefore: trackAffinity > 0 ? Relative(trackAffinity, _strongestTrack) : 0,
            Skipped: trackAffinity < 0 ? (float)Math.Clamp(-trackAffinity, 0, 1) : 0);
    }

    /// <summary>The largest affinity, or 0 when none is positive (then every relative affinity is 0).</summary>
    private static double Strongest(Dictionary<string, double> affinities)
    {
        var strongest = 0d;
        foreach (var affinity in affinities.Values)
        {
            strongest = Math.Max(strongest, affinity);
        }
        return strongest;
    }

    private static float StrongestRelative(ImmutableArray<string> keys, Dictionary<string, double> affinities, double strongest)
    {
        var best = 0f;
        foreach (var key in keys)
        {
            best = Math.Max(best, Relative(affinities.GetValueOrDefault(key), strongest));
        }
        return best;
    }

    private static float Relative(double value, double strongest) => strongest <= 0 ? 0 : (float)Math.Clamp(value / strongest, 0, 1);
}
