using System.Collections.Immutable;
using Spotify.Contracts;
using Spotify.Contracts.Listening;

namespace Spotify.Grains.Listening;

/// <summary>
/// Takes a user's reported plays and publishes the new ones on the user's listening-history
/// stream. It publishes before it records the ids, so a failure in between at worst publishes a
/// retried batch twice, which the stream's consumers recognise by event id; it never loses one.
/// </summary>
public sealed class PlayerGrain(
    [PersistentState("player", ProviderNames.UserStorage)] IPersistentState<PlayerState> state)
    : Grain, IPlayerGrain
{
    public async Task<ImmutableArray<bool>> ReportAsync(ImmutableArray<ListeningEvent> events)
    {
        var seen = state.State.ReportedEvents;
        var pending = new HashSet<string>(StringComparer.Ordinal);
        var isNew = events
            .Select(play => !seen.Contains(play.EventId) && pending.Add(play.EventId))
            .ToImmutableArray();
        var fresh = events.Where((_, index) => isNew[index]).ToList();
        if (fresh.Count == 0)
        {
            return isNew;
        }

        var stream = this.GetStreamProvider(ProviderNames.ListeningStreams)
            .GetStream<ListeningEvent>(StreamId.Create(ListeningStreams.HistoryNamespace, this.GetPrimaryKeyString()));
        await stream.OnNextBatchAsync(fresh);
        foreach (var play in fresh)
        {
            seen.Add(play.EventId, IPlayerGrain.RememberedEventIds);
        }
        var latest = fresh.MaxBy(play => play.EndedAt)!;
        if (state.State.LastPlay is not { } last || latest.EndedAt > last.EndedAt)
        {
            state.State.LastPlay = latest;
        }
        await state.WriteStateAsync();
        return isNew;
    }

    public Task<ListeningEvent?> GetLastPlayAsync() => Task.FromResult(state.State.LastPlay);
}
