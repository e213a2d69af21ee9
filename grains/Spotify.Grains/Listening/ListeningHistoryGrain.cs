using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Streams;
using Orleans.Streams.Core;
using Spotify.Contracts;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Listening;

namespace Spotify.Grains.Listening;

/// <summary>
/// A user's listening history, fed by an implicit subscription to the user's listening-history
/// stream. A play counts towards the top items, and the track's popularity, once 30 seconds of it
/// were heard, as a stream counts on Spotify; every play appears in recently played.
/// </summary>
[ImplicitStreamSubscription(ListeningStreams.HistoryNamespace)]
public sealed class ListeningHistoryGrain(
    [PersistentState("history", ProviderNames.UserStorage)] IPersistentState<ListeningHistoryState> state,
    TimeProvider time,
    ILogger<ListeningHistoryGrain> logger)
    : Grain, IListeningHistoryGrain, IStreamSubscriptionObserver, IAsyncBatchObserver<ListeningEvent>
{
    public const int MaxTopTracks = 2_000;
    public const int MaxTopArtists = 1_000;
    /// <summary>Enough to recognise what a stream delivers again after a failure, which is only what was in flight.</summary>
    private const int AppliedEventsKept = 1_000;

    private ListeningHistoryState History => state.State;

    public Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        handleFactory.Create<ListeningEvent>().ResumeAsync(this);

    public Task OnNextAsync(ListeningEvent item, StreamSequenceToken? token = null) => ApplyAsync([item]);

    public Task OnNextAsync(IList<SequentialItem<ListeningEvent>> items) => ApplyAsync(items.Select(item => item.Item));

    /// <summary>
    /// Applies a delivered batch and stores the result once, before the stream counts the batch as
    /// delivered; then passes the counted plays on, once per event id, to the silo's buffer for the tracks' counters.
    /// </summary>
    private async Task ApplyAsync(IEnumerable<ListeningEvent> items)
    {
        var applied = items.Where(Apply).ToList();
        if (applied.Count == 0)
        {
            return;
        }
        await state.WriteStateAsync();
        var counted = applied
            .Where(play => play.IsCounted)
            .GroupBy(play => play.TrackId)
            .Select(plays => new TrackPlays(plays.Key, plays.Count(), plays.Max(play => play.EndedAt)))
            .ToImmutableArray();
        if (!counted.IsEmpty)
        {
            await GrainFactory.GetGrain<ITrackPlaysBufferGrain>(0).AddAsync(counted);
        }
    }

    private bool Apply(ListeningEvent item)
    {
        if (!History.AppliedEvents.Add(item.EventId, AppliedEventsKept))
        {
            return false;
        }
        AddRecentPlay(item);
        if (item.IsCounted)
        {
            Count(History.Tracks, item.TrackId, item.EndedAt, MaxTopTracks);
            foreach (var artistId in item.ArtistIds)
            {
                Count(History.Artists, artistId, item.EndedAt, MaxTopArtists);
            }
        }
        return true;
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex)
    {
        logger.LogError(ex, "Listening-history stream of user {UserId} failed", this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<PlayedItem>> GetRecentlyPlayedAsync(DateTimeOffset? after, DateTimeOffset? before, int limit)
    {
        IEnumerable<PlayedItem> plays = History.RecentPlays;
        if (after is { } afterTime)
        {
            // The plays right after the cursor, still newest first.
            plays = plays.Where(play => play.PlayedAt > afterTime).Reverse().Take(limit).Reverse();
        }
        else
        {
            plays = plays.Where(play => before is null || play.PlayedAt < before).Take(limit);
        }
        return Task.FromResult(plays.ToImmutableArray());
    }

    public Task<TopItemPage> GetTopAsync(TopItemKind kind, TimeRange range, int offset, int limit)
    {
        var now = time.GetUtcNow();
        var scores = kind == TopItemKind.Tracks ? History.Tracks : History.Artists;
        var ranked = scores
            .Select(entry => new TopItem(entry.Key, entry.Value.At(range, now)))
            // Below a tenth of a play the item has, in effect, dropped out of the range.
            .Where(item => item.Score >= 0.1)
            .OrderByDescending(item => item.Score)
            .ThenBy(item => item.Id, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(new TopItemPage([.. ranked.Skip(offset).Take(limit)], ranked.Count));
    }

    private void AddRecentPlay(ListeningEvent play)
    {
        var item = new PlayedItem(play.TrackId, play.EndedAt, play.ContextUri);
        var at = History.RecentPlays.FindIndex(existing => existing.PlayedAt < item.PlayedAt);
        History.RecentPlays.Insert(at < 0 ? History.RecentPlays.Count : at, item);
        if (History.RecentPlays.Count > IListeningHistoryGrain.MaxRecentPlays)
        {
            History.RecentPlays.RemoveRange(IListeningHistoryGrain.MaxRecentPlays, History.RecentPlays.Count - IListeningHistoryGrain.MaxRecentPlays);
        }
    }

    private static void Count(Dictionary<string, RangeScores> scores, string id, DateTimeOffset at, int maxItems)
    {
        if (!scores.TryGetValue(id, out var score))
        {
            scores[id] = score = new RangeScores();
        }
        score.Add(1, at);
        if (scores.Count > maxItems)
        {
            var weakest = scores.MinBy(entry => entry.Value.LongTerm.Value).Key;
            scores.Remove(weakest);
        }
    }
}
