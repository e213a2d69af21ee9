using System.Collections.Immutable;
using Spotify.Contracts;
using Spotify.Contracts.Recommendations;

namespace Spotify.Grains.Recommendations;

public sealed class TrackNeighboursGrain(
    [PersistentState("neighbours", ProviderNames.CatalogStorage)] IPersistentState<TrackNeighboursState> state)
    : Grain, ITrackNeighboursGrain
{
    public async Task AddCoPlayAsync(string trackId)
    {
        var coPlays = state.State.CoPlays;
        coPlays[trackId] = coPlays.GetValueOrDefault(trackId) + 1;
        if (coPlays.Count > ITrackNeighboursGrain.MaxNeighbours)
        {
            coPlays.Remove(coPlays.MinBy(entry => entry.Value).Key);
        }
        await state.WriteStateAsync();
    }

    public Task<ImmutableArray<CoPlay>> GetTopAsync(int count) =>
        Task.FromResult(state.State.CoPlays
            .OrderByDescending(entry => entry.Value)
            .ThenBy(entry => entry.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(entry => new CoPlay(entry.Key, entry.Value))
            .ToImmutableArray());
}
