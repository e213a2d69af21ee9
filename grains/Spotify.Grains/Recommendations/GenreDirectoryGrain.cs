using System.Collections.Immutable;
using Spotify.Contracts;
using Spotify.Contracts.Recommendations;

namespace Spotify.Grains.Recommendations;

public sealed class GenreDirectoryGrain(
    [PersistentState("genres", ProviderNames.CatalogStorage)] IPersistentState<GenreDirectoryState> state)
    : Grain, IGenreDirectoryGrain
{
    public async Task AddAsync(ImmutableArray<string> genres)
    {
        var added = false;
        foreach (var genre in genres)
        {
            added |= state.State.Genres.Add(genre);
        }
        if (added)
        {
            await state.WriteStateAsync();
        }
    }

    public Task<ImmutableArray<string>> GetAllAsync() => Task.FromResult(state.State.Genres.ToImmutableArray());
}
