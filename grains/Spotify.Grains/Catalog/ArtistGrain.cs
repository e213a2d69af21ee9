using System.Collections.Immutable;
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

    public async Task ListAlbumsAsync(ImmutableArray<AlbumRef> albums)
    {
        AlbumOrder.Merge(state.State.Albums, albums);
        await state.WriteStateAsync();
    }

    public Task<ArtistAlbumPage> GetAlbumsAsync(ImmutableArray<AlbumGroup> groups, int offset, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var matching = state.State.Albums
            .Select(album => new ArtistAlbum(album, GroupOf(album)))
            .Where(album => groups.Contains(album.Group))
            .ToList();
        return Task.FromResult(new ArtistAlbumPage([.. matching.Skip(offset).Take(limit)], matching.Count));
    }

    public async Task RankTracksAsync(ImmutableArray<RankedTrack> tracks)
    {
        foreach (var track in tracks)
        {
            state.State.TrackPopularity[track.TrackId] = track.Popularity;
        }
        await state.WriteStateAsync();
    }

    public Task<ImmutableArray<string>> GetTopTrackIdsAsync(int count) =>
        Task.FromResult(state.State.TrackPopularity
            .OrderByDescending(track => track.Value)
            .ThenBy(track => track.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(track => track.Key)
            .ToImmutableArray());

    private AlbumGroup GroupOf(AlbumRef album)
    {
        var artistId = this.GetPrimaryKeyString();
        if (!album.Artists.Any(artist => artist.Id == artistId))
        {
            return AlbumGroup.AppearsOn;
        }
        return album.AlbumType switch
        {
            AlbumType.Single => AlbumGroup.Single,
            AlbumType.Compilation => AlbumGroup.Compilation,
            _ => AlbumGroup.Album,
        };
    }
}
