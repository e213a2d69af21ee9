using System.Collections.Immutable;
using Spotify.Contracts;
using Spotify.Contracts.Recommendations;

namespace Spotify.Grains.Recommendations;

public sealed class GenreTracksGrain(
    [PersistentState("genre-tracks", ProviderNames.CatalogStorage)] IPersistentState<GenreTracksState> state)
    : Grain, IGenreTracksGrain
{
    private ImmutableArray<TrackCandidate>? _ranked;

    public async Task AddAsync(ImmutableArray<TrackCandidate> tracks)
    {
        foreach (var track in tracks)
        {
            state.State.Tracks[track.TrackId] = track;
        }
        if (state.State.Tracks.Count > IGenreTracksGrain.MaxTracks)
        {
            state.State.Tracks = Ranked().Take(IGenreTracksGrain.MaxTracks).ToDictionary(track => track.TrackId);
        }
        _ranked = null;
        await state.WriteStateAsync();
    }

    public Task<ImmutableArray<TrackCandidate>> GetTopAsync(int count)
    {
        _ranked ??= [.. Ranked()];
        return Task.FromResult(_ranked.Value.Length <= count ? _ranked.Value : _ranked.Value[..count]);
    }

    private IEnumerable<TrackCandidate> Ranked() =>
        state.State.Tracks.Values.OrderByDescending(track => track.Popularity).ThenBy(track => track.TrackId, StringComparer.Ordinal);
}
