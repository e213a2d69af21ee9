using Spotify.Contracts.Recommendations;

namespace Spotify.Grains.Recommendations;

/// <summary>Which tracks a recommendation may pick.</summary>
/// <param name="Exclude">Never these (the seeds; for Discover Weekly, everything the user played).</param>
/// <param name="Genre">Only tracks of this genre, when given (a Daily Mix's cluster); its top tracks are then the genre pool.</param>
/// <param name="WidenToAllGenres">
/// When the taste's own genres, artists and co-plays give fewer candidates than asked for, let the
/// top tracks of every other genre fill in, ranked by the same scorer.
/// </param>
public sealed record CandidateScope(IReadOnlySet<string> Exclude, string? Genre = null, bool WidenToAllGenres = false)
{
    public bool Admits(TrackCandidate candidate) =>
        !Exclude.Contains(candidate.TrackId) && (Genre is null || candidate.Genres.Contains(Genre));
}
