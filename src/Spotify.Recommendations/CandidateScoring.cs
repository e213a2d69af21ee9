using Spotify.Contracts.Recommendations;

namespace Spotify.Recommendations;

/// <summary>Turns a profile and a candidate into the scorer's features, and picks the reason to show.</summary>
public static class CandidateScoring
{
    public static CandidateFeatures Features(TasteProfile profile, TrackCandidate candidate, double coPlay)
    {
        static float Relative(double value, double strongest) => strongest <= 0 ? 0 : (float)Math.Clamp(value / strongest, 0, 1);
        var strongestGenre = profile.Genres.Values.DefaultIfEmpty(0).Max();
        var strongestArtist = profile.Artists.Values.DefaultIfEmpty(0).Max();
        var strongestTrack = profile.Tracks.Values.DefaultIfEmpty(0).Max();
        var trackAffinity = profile.Tracks.GetValueOrDefault(candidate.TrackId);

        return new CandidateFeatures(
            GenreAffinity: candidate.Genres.Select(genre => Relative(profile.Genres.GetValueOrDefault(genre), strongestGenre)).DefaultIfEmpty(0).Max(),
            ArtistAffinity: candidate.ArtistIds.Select(artist => Relative(profile.Artists.GetValueOrDefault(artist), strongestArtist)).DefaultIfEmpty(0).Max(),
            CoPlay: (float)Math.Clamp(coPlay, 0, 1),
            Popularity: Math.Clamp(candidate.Popularity, 0, 100) / 100f,
            PlayedBefore: trackAffinity > 0 ? Relative(trackAffinity, strongestTrack) : 0,
            Skipped: trackAffinity < 0 ? (float)Math.Clamp(-trackAffinity, 0, 1) : 0);
    }
}
