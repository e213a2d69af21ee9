using System.Collections.Immutable;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Recommendations;
using Spotify.Recommendations;

namespace Spotify.Grains.Recommendations;

/// <summary>
/// Gathers candidates for a taste profile (the top tracks of its favourite genres, its favourite
/// artists' top tracks, tracks co-played with its favourite tracks), scores them with the active
/// scorer, and explains each pick by its strongest reason. A <see cref="CandidateScope"/> narrows
/// candidates to one genre, or widens them to every genre when the taste's own run short.
/// </summary>
public sealed class RecommendationEngine(IGrainFactory grains, IRecommendationScorer scorer)
{
    private const int GenresUsed = 3;
    private const int TracksPerGenre = 200;
    private const int ArtistsUsed = 3;
    private const int TracksPerArtist = 10;
    private const int SourceTracksUsed = 3;
    private const int NeighboursPerTrack = 15;
    private const int ColdStartGenres = 8;

    public Task<ImmutableArray<Recommendation>> RecommendAsync(TasteProfile profile, IReadOnlySet<string> exclude, int limit) =>
        RecommendAsync(profile, new CandidateScope(exclude), limit);

    public async Task<ImmutableArray<Recommendation>> RecommendAsync(TasteProfile profile, CandidateScope scope, int limit)
    {
        var coldStart = !profile.Genres.Values.Any(value => value > 0) && !profile.Tracks.Values.Any(value => value > 0);
        var directory = grains.GetGrain<IGenreDirectoryGrain>(IGenreDirectoryGrain.SingletonKey);
        List<string> genres = scope.Genre is { } onlyGenre ? [onlyGenre]
            : coldStart ? [.. (await directory.GetAllAsync()).Take(ColdStartGenres)]
            : [.. profile.TopGenres(GenresUsed)];

        var candidates = new Dictionary<string, TrackCandidate>(StringComparer.Ordinal);
        void Offer(IEnumerable<TrackCandidate> pool)
        {
            foreach (var candidate in pool.Where(scope.Admits))
            {
                candidates.TryAdd(candidate.TrackId, candidate);
            }
        }

        foreach (var pool in await GenrePoolsAsync(genres))
        {
            Offer(pool);
        }
        Offer(await ArtistCandidatesAsync(profile.TopArtists(ArtistsUsed).ToList()));
        var coPlays = await CoPlaysAsync(profile);
        Offer(await TrackCandidates.LoadAsync(grains, [.. coPlays.Keys.Where(id => !candidates.ContainsKey(id) && !scope.Exclude.Contains(id))]));
        if (scope.WidenToAllGenres && candidates.Count < limit)
        {
            foreach (var pool in await GenrePoolsAsync([.. (await directory.GetAllAsync()).Except(genres)]))
            {
                Offer(pool);
            }
        }

        var scoring = new CandidateScoring(profile);
        var ranked = candidates.Values
            .Select(candidate =>
            {
                var coPlay = coPlays.GetValueOrDefault(candidate.TrackId);
                var features = scoring.Features(candidate, coPlay.Score);
                return (Candidate: candidate, Features: features, CoPlaySource: coPlay.Source, Score: scorer.Score(features));
            })
            .OrderByDescending(scored => scored.Score)
            .ThenBy(scored => scored.Candidate.TrackId, StringComparer.Ordinal)
            .Take(limit)
            .ToList();

        var names = new ReasonNames(grains);
        var recommendations = ImmutableArray.CreateBuilder<Recommendation>(ranked.Count);
        foreach (var scored in ranked)
        {
            var reason = await names.ExplainAsync(profile, scored.Candidate, scored.Features, scored.CoPlaySource, coldStart);
            recommendations.Add(new Recommendation(scored.Candidate.TrackId, scored.Score, reason));
        }
        return recommendations.ToImmutable();
    }

    /// <summary>For each co-played track: how strongly it is co-played with the profile's favourite tracks, and with which most.</summary>
    private async Task<Dictionary<string, CoPlayScore>> CoPlaysAsync(TasteProfile profile)
    {
        var sources = profile.TopTracks(SourceTracksUsed).ToList();
        var strongest = sources.Count == 0 ? 0 : profile.Tracks[sources[0]];
        var neighbours = await Task.WhenAll(sources.Select(source => grains.GetGrain<ITrackNeighboursGrain>(source).GetTopAsync(NeighboursPerTrack)));
        var scores = new Dictionary<string, CoPlayScore>(StringComparer.Ordinal);
        for (var index = 0; index < sources.Count; index++)
        {
            var weight = profile.Tracks[sources[index]] / strongest;
            var most = neighbours[index].Select(coPlay => coPlay.Count).DefaultIfEmpty(1).Max();
            foreach (var coPlay in neighbours[index])
            {
                var contribution = weight * coPlay.Count / most;
                scores[coPlay.TrackId] = scores.GetValueOrDefault(coPlay.TrackId, CoPlayScore.None).Add(contribution, sources[index]);
            }
        }
        return scores;
    }

    private Task<ImmutableArray<TrackCandidate>[]> GenrePoolsAsync(List<string> genres) =>
        Task.WhenAll(genres.Select(genre => grains.GetGrain<IGenreTracksGrain>(genre).GetTopAsync(TracksPerGenre)));

    private async Task<IEnumerable<TrackCandidate>> ArtistCandidatesAsync(List<string> artistIds)
    {
        var topTracks = await Task.WhenAll(artistIds.Select(id => grains.GetGrain<IArtistGrain>(id).GetTopTrackIdsAsync(TracksPerArtist)));
        return await TrackCandidates.LoadAsync(grains, [.. topTracks.SelectMany(ids => ids).Distinct()]);
    }
}
