using System.Collections.Immutable;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Recommendations;
using Spotify.Grains.Recommendations;
using Spotify.Search;

namespace Spotify.Grains.Catalog;

/// <summary>
/// Publishes a catalog batch: artists, then albums, then tracks, and finally the listings that
/// point at them (each artist's albums and ranked tracks, the new releases, the search index, the genre listings), so
/// that nothing is listed before what it points to exists. Writing a batch again rewrites the
/// same items, so a batch that failed half way is completed by sending it again.
/// </summary>
public static class CatalogWriter
{
    public static async Task WriteAsync(IGrainFactory grains, ISearchIndex search, CatalogBatch batch)
    {
        await Task.WhenAll(batch.Artists.Select(artist => grains.GetGrain<IArtistGrain>(artist.Id).UpsertAsync(artist)));
        await Task.WhenAll(batch.Albums.Select(album => grains.GetGrain<IAlbumGrain>(album.Id).UpsertAsync(album)));
        await Task.WhenAll(batch.Tracks.Select(track => grains.GetGrain<ITrackGrain>(track.Id).UpsertAsync(track)));

        // An artist lists an album they made, or one of whose tracks they play on.
        var albumsByArtist = batch.Albums
            .SelectMany(album => album.Artists.Select(artist => artist.Id)
                .Concat(album.Tracks.SelectMany(track => track.Artists.Select(artist => artist.Id)))
                .Distinct()
                .Select(artistId => (ArtistId: artistId, Album: ToRef(album))))
            .GroupBy(entry => entry.ArtistId, entry => entry.Album);
        await Task.WhenAll(albumsByArtist.Select(albums =>
            grains.GetGrain<IArtistGrain>(albums.Key).ListAlbumsAsync([.. albums])));

        var tracksByArtist = batch.Tracks
            .SelectMany(track => track.Artists.Select(artist => (ArtistId: artist.Id, Track: new RankedTrack(track.Id, track.Popularity))))
            .GroupBy(entry => entry.ArtistId, entry => entry.Track);
        await Task.WhenAll(tracksByArtist.Select(tracks =>
            grains.GetGrain<IArtistGrain>(tracks.Key).RankTracksAsync([.. tracks])));

        var newReleases = grains.GetGrain<INewReleasesGrain>(INewReleasesGrain.SingletonKey);
        await newReleases.AddAsync([.. batch.Albums.Select(ToRef)]);

        var genres = await ArtistGenres.OfAsync(grains, batch);
        await search.IndexAsync(CatalogSearchDocuments.For(batch, genres));
        await ListByGenreAsync(grains, batch, genres);
    }

    /// <summary>Lists each track under its artists' genres, where genre-based recommendations find it.</summary>
    private static async Task ListByGenreAsync(IGrainFactory grains, CatalogBatch batch, Dictionary<string, ImmutableArray<string>> genres)
    {
        var candidates = batch.Tracks.Select(track => TrackCandidates.Of(track, genres));
        var byGenre = candidates.SelectMany(candidate => candidate.Genres.Select(genre => (Genre: genre, Candidate: candidate)))
            .GroupBy(entry => entry.Genre, entry => entry.Candidate)
            .ToList();
        await Task.WhenAll(byGenre.Select(tracks => grains.GetGrain<IGenreTracksGrain>(tracks.Key).AddAsync([.. tracks])));
        await grains.GetGrain<IGenreDirectoryGrain>(IGenreDirectoryGrain.SingletonKey)
            .AddAsync([.. batch.Artists.SelectMany(artist => artist.Genres).Distinct()]);
    }

    public static AlbumRef ToRef(AlbumDetails album) => new(
        album.Id,
        album.Name,
        album.AlbumType,
        album.ReleaseDate,
        album.Tracks.Length,
        album.Artists,
        album.Images);
}
