using Spotify.Contracts;
using Spotify.Contracts.Catalog;

namespace Spotify.Grains.Catalog;

public sealed class ArtistGrain(
    [PersistentState("artist", ProviderNames.CatalogStorage)] IPersistentState<ArtistState> state)
    : Grain, IArtistGrain
{
    public Task<ArtistDetails?> GetAsync() => Task.FromResult(state.State.Artist);

    public async Task UpsertAsync(ArtistDetails artist)
    {
        CatalogKeys.EnsureMatches(this.GetPrimaryKeyString(), artist.Id, "artist");
        state.State.Artist = artist;
        await state.WriteStateAsync();
    }
}
