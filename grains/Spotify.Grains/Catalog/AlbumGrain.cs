using Spotify.Contracts;
using Spotify.Contracts.Catalog;

namespace Spotify.Grains.Catalog;

public sealed class AlbumGrain(
    [PersistentState("album", ProviderNames.CatalogStorage)] IPersistentState<AlbumState> state)
    : Grain, IAlbumGrain
{
    public Task<AlbumDetails?> GetAsync() => Task.FromResult(state.State.Album);

    public async Task UpsertAsync(AlbumDetails album)
    {
        CatalogKeys.EnsureMatches(this.GetPrimaryKeyString(), album.Id, "album");
        state.State.Album = album;
        await state.WriteStateAsync();
    }
}
