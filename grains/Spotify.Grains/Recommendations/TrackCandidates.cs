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
}
