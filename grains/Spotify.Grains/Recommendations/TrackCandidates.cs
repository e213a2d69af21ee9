using System.Collections.Immutable;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Recommendations;

namespace Spotify.Grains.Recommendations;

public static class TrackCandidates
{
    /// <summary>A track as a recommendation candidate, its genres those of its artists.</summary>
    public static TrackCandidate Of(TrackDetails track, IReadOnlyDictionary<string, ImmutableArray<string>> artistGenres) => new(
        track.Id,
        [.. track.Artists.Select(artist => artist.Id)],
        [.. track.Artists.SelectMany(artist => artistGenres.GetValueOrDefault(artist.Id, [])).Distinct()],
        track.Popularity);

    /// <summary>Candidates for tracks known only by id: their artists and those artists' genres from the catalog; unknown ids are left out.</summary>
    public static async Task<List<TrackCandidate>> LoadAsync(IGrainFactory grains, List<string> trackIds)
    {
        var tracks = (await Task.WhenAll(trackIds.Select(id => grains.GetGrain<ITrackGrain>(id).GetAsync()))).OfType<TrackDetails>().ToList();
        var artistIds = tracks.SelectMany(track => track.Artists.Select(artist => artist.Id)).Distinct().ToList();
        var artists = (await Task.WhenAll(artistIds.Select(id => grains.GetGrain<IArtistGrain>(id).GetAsync()))).OfType<ArtistDetails>()
            .ToDictionary(artist => artist.Id, artist => artist.Genres);
        return tracks.Select(track => Of(track, artists)).ToList();
    }
}
