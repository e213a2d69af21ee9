using System.Collections.Immutable;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Recommendations;
using Spotify.Recommendations;

namespace Spotify.Grains.Recommendations;

/// <summary>
/// Gathers candidates for a taste profile (the top tracks of its favourite genres, its favourite
/// artists' top tracks, tracks co-played with its favourite tracks), scores them with the active
/// scorer, and explains each pick by its strongest reason.
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

    public async Task<ImmutableArray<Recommendation>> RecommendAsync(TasteProfile profile, IReadOnlySet<string> exclude, int limit)
    {
        var coldStart = !profile.Genres.Values.Any(value => value > 0) && !profile.Tracks.Values.Any(value => value > 0);
        var genres = coldStart
            ? (await grains.GetGrain<IGenreDirectoryGrain>(IGenreDirectoryGrain.SingletonKey).GetAllAsync()).Take(ColdStartGenres).ToList()
            : profile.TopGenres(GenresUsed).ToList();

        var candidates = new Dictionary<string, TrackCandidate>(StringComparer.Ordinal);
        void Offer(IEnumerable<TrackCandidate> pool)
        {
            foreach (var candidate in pool.Where(candidate => !exclude.Contains(candidate.TrackId)))
            {
                candidates.TryAdd(candidate.TrackId, candidate);
            }
        }

        var genrePools = await Task.WhenAll(genres.Select(genre => grains.GetGrain<IGenreTracksGrain>(genre).GetTopAsync(TracksPerGenre)));
        foreach (var pool in genrePools)
        {
            Offer(pool);
        }
        Offer(await ArtistCandidatesAsync(profile.TopArtists(ArtistsUsed).ToList()));
        var coPlays = await CoPlaysAsync(profile);
        Offer(await TrackCandidatesAsync([.. coPlays.Keys.Where(id => !candidates.ContainsKey(id))]));

        var ranked = candidates.Values
            .Select(candidate =>
            {
                var coPlay = coPlays.GetValueOrDefault(candidate.TrackId);
                var features = CandidateScoring.Features(profile, candidate, coPlay.Score);
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

    private async Task<IEnumerable<TrackCandidate>> ArtistCandidatesAsync(List<string> artistIds)
    {
        var topTracks = await Task.WhenAll(artistIds.Select(id => grains.GetGrain<IArtistGrain>(id).GetTopTrackIdsAsync(TracksPerArtist)));
        return await TrackCandidatesAsync([.. topTracks.SelectMany(ids => ids).Distinct()]);
    }

    /// <summary>Candidates for tracks known only by id: their artists and those artists' genres from the catalog.</summary>
    private async Task<List<TrackCandidate>> TrackCandidatesAsync(List<string> trackIds)
    {
        var tracks = (await Task.WhenAll(trackIds.Select(id => grains.GetGrain<ITrackGrain>(id).GetAsync()))).OfType<TrackDetails>().ToList();
        var artistIds = tracks.SelectMany(track => track.Artists.Select(artist => artist.Id)).Distinct().ToList();
        var artists = (await Task.WhenAll(artistIds.Select(id => grains.GetGrain<IArtistGrain>(id).GetAsync()))).OfType<ArtistDetails>()
            .ToDictionary(artist => artist.Id, artist => artist.Genres);
        return tracks.Select(track => TrackCandidates.Of(track, artists)).ToList();
    }
}
