using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Streams;
using Orleans.Streams.Core;
using Spotify.Contracts;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Listening;
using Spotify.Contracts.Recommendations;
using Spotify.Grains.Listening;
using Spotify.Recommendations;

namespace Spotify.Grains.Recommendations;

/// <summary>
/// A user's taste, updated by every play on the user's listening-history stream: a play heard for
/// 30 seconds raises the track, its artists and genres; an early skip lowers them. Recommendations
/// are computed on request from the affinities as they are at that moment, so a play shows in the
/// next request.
/// </summary>
[ImplicitStreamSubscription(ListeningStreams.HistoryNamespace)]
public sealed class RecommendationProfileGrain(
    [PersistentState("taste", ProviderNames.UserStorage)] IPersistentState<RecommendationProfileState> state,
    IRecommendationScorer scorer,
    TimeProvider time,
    ILogger<RecommendationProfileGrain> logger)
    : Grain, IRecommendationProfileGrain, IStreamSubscriptionObserver, IAsyncObserver<ListeningEvent>
{
    public static readonly TimeSpan AffinityHalfLife = TimeSpan.FromDays(30);
    public static readonly TimeSpan SessionGap = TimeSpan.FromMinutes(30);
    private const int SessionLength = 5;
    private const int MaxTracks = 2_000;
    private const int AppliedEventsKept = 5_000;

    private RecommendationProfileState Taste => state.State;

    public Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        handleFactory.Create<ListeningEvent>().ResumeAsync(this);

    public async Task OnNextAsync(ListeningEvent item, StreamSequenceToken? token = null)
    {
        if (!Taste.AppliedEvents.Add(item.EventId, AppliedEventsKept))
        {
            return;
        }
        var counted = item.MsPlayed >= ListeningHistoryGrain.CountedAfterMs
            || (item.ReasonEnd == ReasonEnd.TrackDone && item.MsPlayed >= item.TrackDurationMs);
        var (trackWeight, artistWeight, genreWeight) = item.IsEarlySkip ? (-1.0, -0.3, -0.1) : counted ? (1.0, 1.0, 1.0) : (0, 0, 0);
        if (trackWeight == 0)
        {
            return;
        }

        var genres = await GenresOfAsync(item.ArtistIds);
        Add(Taste.Tracks, item.TrackId, trackWeight, item.EndedAt);
        foreach (var artistId in item.ArtistIds)
        {
            Add(Taste.Artists, artistId, artistWeight, item.EndedAt);
        }
        foreach (var genre in genres)
        {
            Add(Taste.Genres, genre, genreWeight, item.EndedAt);
        }
        if (counted && !item.IsEarlySkip)
        {
            RecordCoPlays(item);
        }
        if (Taste.Tracks.Count > MaxTracks)
        {
            Taste.Tracks.Remove(Taste.Tracks.MinBy(entry => Math.Abs(entry.Value.At(item.EndedAt, AffinityHalfLife))).Key);
        }
        await state.WriteStateAsync();
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex)
    {
        logger.LogError(ex, "Listening-history stream of user {UserId} failed", this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<Recommendation>> RecommendAsync(RecommendationSeeds? seeds, int limit)
    {
        var now = time.GetUtcNow();
        var engine = new RecommendationEngine(GrainFactory, scorer);
        if (seeds is null)
        {
            return engine.RecommendAsync(Profile(now), new HashSet<string>(), limit);
        }
        // Seeds decide the taste; the user's own skips still count against tracks.
        var profile = SeedProfiles.From(seeds);
        foreach (var (trackId, score) in Taste.Tracks)
        {
            var value = score.At(now, AffinityHalfLife);
            if (value < 0)
            {
                profile.Tracks[trackId] = value;
            }
        }
        return engine.RecommendAsync(profile, seeds.TrackIds.ToHashSet(StringComparer.Ordinal), limit);
    }

    private TasteProfile Profile(DateTimeOffset now)
    {
        var profile = new TasteProfile();
        void Copy(Dictionary<string, DecayedScore> from, Dictionary<string, double> to)
        {
            foreach (var (id, score) in from)
            {
                to[id] = score.At(now, AffinityHalfLife);
            }
        }
        Copy(Taste.Tracks, profile.Tracks);
        Copy(Taste.Artists, profile.Artists);
        Copy(Taste.Genres, profile.Genres);
        return profile;
    }

    private async Task<List<string>> GenresOfAsync(ImmutableArray<string> artistIds)
    {
        var genres = new List<string>();
        foreach (var artistId in artistIds)
        {
            if (!Taste.ArtistGenres.TryGetValue(artistId, out var artistGenres))
            {
                var artist = await GrainFactory.GetGrain<IArtistGrain>(artistId).GetAsync();
                Taste.ArtistGenres[artistId] = artistGenres = [.. artist?.Genres ?? []];
            }
            genres.AddRange(artistGenres);
        }
        return [.. genres.Distinct()];
    }

    /// <summary>Tells the neighbours grains of this track and of the session's earlier tracks that they were played together.</summary>
    private void RecordCoPlays(ListeningEvent play)
    {
        Taste.Session.RemoveAll(earlier => play.StartedAt - earlier.EndedAt > SessionGap || earlier.EndedAt > play.EndedAt);
        foreach (var earlier in Taste.Session.Where(earlier => earlier.TrackId != play.TrackId))
        {
            GrainFactory.GetGrain<ITrackNeighboursGrain>(earlier.TrackId).AddCoPlayAsync(play.TrackId).Ignore();
            GrainFactory.GetGrain<ITrackNeighboursGrain>(play.TrackId).AddCoPlayAsync(earlier.TrackId).Ignore();
        }
        Taste.Session.Add(new SessionPlay(play.TrackId, play.EndedAt));
        if (Taste.Session.Count > SessionLength)
        {
            Taste.Session.RemoveAt(0);
        }
    }

    private static void Add(Dictionary<string, DecayedScore> scores, string id, double weight, DateTimeOffset at)
    {
        if (!scores.TryGetValue(id, out var score))
        {
            scores[id] = score = new DecayedScore();
        }
        score.Add(weight, at, AffinityHalfLife);
    }
}
