using Spotify.Contracts;
using Spotify.Contracts.Catalog;

namespace Spotify.Grains.Catalog;

public sealed class TrackGrain(
    [PersistentState("track", ProviderNames.CatalogStorage)] IPersistentState<TrackState> state)
    : Grain, ITrackGrain
{
    public Task<TrackDetails?> GetAsync() => Task.FromResult(state.State.Track);

    public async Task UpsertAsync(TrackDetails track)
    {
        CatalogKeys.EnsureMatches(this.GetPrimaryKeyString(), track.Id, "track");
        state.State.Track = track;
        await state.WriteStateAsync();
    }
}
