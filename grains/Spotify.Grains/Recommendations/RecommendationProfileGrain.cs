using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Streams;
using Orleans.Streams.Core;
using Spotify.Contracts;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Listening;
using Spotify.Contracts.MadeForYou;
using Spotify.Contracts.Recommendations;
using Spotify.Grains.Listening;
using Spotify.Recommendations;

namespace Spotify.Grains.Recommendations;

/// <summary>
/// A user's taste, updated by every play on the user's listening-history stream and every track the
/// user saves: a play heard for 30 seconds raises the track, its artists and genres, a save raises
/// them more, an early skip lowers them (weights in <see cref="TasteSignal"/>). Recommendations
/// are computed on request from the affinities as they are at that moment, and kept until the
/// next signal, so a play shows in the next request. Once the user has a taste, it starts the user's made-for-you playlists.
/// </summary>
[ImplicitStreamSubscription(ListeningStreams.HistoryNamespace)]
public sealed class RecommendationProfileGrain(
    [PersistentState("taste", ProviderNames.UserStorage)] IPersistentState<RecommendationProfileState> state,
    IRecommendationScorer scorer,
    TimeProvider time,
    ILogger<RecommendationProfileGrain> logger)
    : Grain, IRecommendationProfileGrain, IStreamSubscriptionObserver, IAsyncBatchObserver<ListeningEvent>
{
    public static readonly TimeSpan AffinityHalfLife = TimeSpan.FromDays(30);
    public static readonly TimeSpan SessionGap = TimeSpan.FromMinutes(30);
    private const int SessionLength = 5;
    private const int MaxTracks = 2_000;
    /// <summary>Enough to recognise what a stream delivers again after a failure, which is only what was in flight.</summary>
    private const int AppliedEventsKept = 1_000;

    /// <summary>How long computed recommendations are reused while the taste stays as it was (catalog and co-plays change too).</summary>
    public static readonly TimeSpan PersonalRecommendationsKeptFor = TimeSpan.FromSeconds(30);

    private bool _madeForYouStarted;
    private KeptRecommendations? _personal;

    private RecommendationProfileState Taste => state.State;

    public Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        handleFactory.Create<ListeningEvent>().ResumeAsync(this);

    public Task OnNextAsync(ListeningEvent item, StreamSequenceToken? token = null) => ApplyAsync([item]);

    public Task OnNextAsync(IList<SequentialItem<ListeningEvent>> items) => ApplyAsync(items.Select(item => item.Item));

    /// <summary>Applies a delivered batch and stores the result once, before the stream counts the batch as delivered.</summary>
    private async Task ApplyAsync(IEnumerable<ListeningEvent> items)
    {
        var coPlays = new CoPlayBatch();
        var applied = false;
        foreach (var item in items)
        {
            applied |= await ApplyAsync(item, coPlays);
        }
        if (!applied)
        {
            return;
        }
        coPlays.Send(GrainFactory);
        await state.WriteStateAsync();
        await StartMadeForYouAsync();
    }

    /// <summary>
    /// Once per activation, when the user likes something: a one-way call, so the stream consumer
    /// does not wait for the playlists to be made (the made-for-you grain logs its own failures).
    /// </summary>
    private async Task StartMadeForYouAsync()
    {
        if (_madeForYouStarted || !Taste.Tracks.Values.Any(score => score.Value > 0))
        {
            return;
        }
        await GrainFactory.GetGrain<IMadeForYouGrain>(this.GetPrimaryKeyString()).StartAsync();
        _madeForYouStarted = true;
    }

    private async Task<bool> ApplyAsync(ListeningEvent item, CoPlayBatch coPlays)
    {
        if (!Taste.AppliedEvents.Add(item.EventId, AppliedEventsKept))
        {
            return false;
        }
        var signal = item.IsEarlySkip ? TasteSignal.EarlySkip : item.IsCounted ? TasteSignal.Play : null;
        if (signal is null)
        {
            return true;
        }
        await AddSignalAsync(signal, item.TrackId, item.ArtistIds, item.EndedAt);
        if (signal == TasteSignal.Play)
        {
            RecordCoPlays(item, coPlays);
        }
        return true;
    }

    public async Task RecordSavedTracksAsync(ImmutableArray<string> trackIds, DateTimeOffset savedAt)
    {
        var tracks = await Task.WhenAll(trackIds.Select(id => GrainFactory.GetGrain<ITrackGrain>(id).GetAsync()));
        foreach (var track in tracks.OfType<TrackDetails>())
        {
            await AddSignalAsync(TasteSignal.Save, track.Id, [.. track.Artists.Select(artist => artist.Id)], savedAt);
        }
        await state.WriteStateAsync();
    }

    private async Task AddSignalAsync(TasteSignal signal, string trackId, ImmutableArray<string> artistIds, DateTimeOffset at)
    {
        _personal = null;
        var genres = await GenresOfAsync(artistIds);
        Add(Taste.Tracks, trackId, signal.Track, at);
        foreach (var artistId in artistIds)
        {
            Add(Taste.Artists, artistId, signal.Artist, at);
        }
        foreach (var genre in genres)
        {
            Add(Taste.Genres, genre, signal.Genre, at);
        }
        if (Taste.Tracks.Count > MaxTracks)
        {
            Taste.Tracks.Remove(Taste.Tracks.MinBy(entry => Math.Abs(entry.Value.At(at, AffinityHalfLife))).Key);
        }
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
            return PersonalRecommendationsAsync(engine, now, limit);
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

    /// <summary>
    /// The user's own recommendations, kept until the taste changes (any signal clears them) or
    /// for <see cref="PersonalRecommendationsKeptFor"/>, so that a client asking again is answered
    /// without gathering and scoring the candidates again, while a play still shows at once.
    /// </summary>
    private async Task<ImmutableArray<Recommendation>> PersonalRecommendationsAsync(RecommendationEngine engine, DateTimeOffset now, int limit)
    {
        if (_personal is { } kept && kept.Limit >= limit && now - kept.ComputedAt < PersonalRecommendationsKeptFor)
        {
            return kept.Items.Length <= limit ? kept.Items : kept.Items[..limit];
        }
        var items = await engine.RecommendAsync(Profile(now), new HashSet<string>(), limit);
        _personal = new KeptRecommendations(items, limit, now);
        return items;
    }

    public Task<TasteSnapshot> GetTasteAsync()
    {
        var profile = Profile(time.GetUtcNow());
        return Task.FromResult(new TasteSnapshot(
            profile.Tracks.ToImmutableDictionary(StringComparer.Ordinal),
            profile.Artists.ToImmutableDictionary(StringComparer.Ordinal),
            profile.Genres.ToImmutableDictionary(StringComparer.Ordinal)));
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

    /// <summary>Notes that this track and the session's earlier tracks were played together, both ways.</summary>
    private void RecordCoPlays(ListeningEvent play, CoPlayBatch coPlays)
    {
        Taste.Session.RemoveAll(earlier => play.StartedAt - earlier.EndedAt > SessionGap || earlier.EndedAt > play.EndedAt);
        foreach (var earlier in Taste.Session.Where(earlier => earlier.TrackId != play.TrackId))
        {
            coPlays.Add(earlier.TrackId, play.TrackId);
            coPlays.Add(play.TrackId, earlier.TrackId);
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

    private sealed record KeptRecommendations(ImmutableArray<Recommendation> Items, int Limit, DateTimeOffset ComputedAt);
}
