using System.Collections.Immutable;
using Spotify.Contracts;
using Spotify.Contracts.Recommendations;

namespace Spotify.Grains.Recommendations;

/// <summary>
/// Co-play counts of one track. Counts change with every play of a popular track, so they are
/// stored every few seconds rather than on every change: a crash loses at most that much counting,
/// which only makes a few counts smaller.
/// </summary>
public sealed class TrackNeighboursGrain(
    [PersistentState("neighbours", ProviderNames.CatalogStorage)] IPersistentState<TrackNeighboursState> state)
    : Grain, ITrackNeighboursGrain
{
    public static readonly TimeSpan StoreEvery = TimeSpan.FromSeconds(5);

    private bool _changed;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(StoreChangesAsync, StoreEvery, StoreEvery);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        StoreChangesAsync(cancellationToken);

    public Task AddCoPlaysAsync(ImmutableArray<string> trackIds)
    {
        var coPlays = state.State.CoPlays;
        foreach (var trackId in trackIds)
        {
            coPlays[trackId] = coPlays.GetValueOrDefault(trackId) + 1;
        }
        while (coPlays.Count > ITrackNeighboursGrain.MaxNeighbours)
        {
            coPlays.Remove(coPlays.MinBy(entry => entry.Value).Key);
        }
        _changed = true;
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<CoPlay>> GetTopAsync(int count) =>
        Task.FromResult(state.State.CoPlays
            .OrderByDescending(entry => entry.Value)
            .ThenBy(entry => entry.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(entry => new CoPlay(entry.Key, entry.Value))
            .ToImmutableArray());

    private async Task StoreChangesAsync(CancellationToken cancellationToken)
    {
        if (_changed)
        {
            _changed = false;
            await state.WriteStateAsync(cancellationToken);
        }
    }
}
