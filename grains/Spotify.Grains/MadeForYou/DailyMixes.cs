using System.Collections.Immutable;
using Spotify.Contracts.Catalog;
using Spotify.Grains.Recommendations;
using Spotify.Recommendations;

namespace Spotify.Grains.MadeForYou;

/// <summary>
/// The Daily Mixes: one per taste cluster (<see cref="TasteClusters"/>), each about thirty tracks of
/// the cluster's genre that alternate the user's own favourites in it with recommendations in it, so
/// that a mix is half familiar, half new (more of either when the other runs short). No track is in
/// two mixes, and none the user skipped is in any.
/// </summary>
internal sealed class DailyMixes(IGrainFactory grains, IRecommendationScorer scorer)
{
    public const int Length = 30;
    private const int FavouritesPerMix = Length / 2;
    /// <summary>How many of the user's most liked tracks are looked up to learn their genres.</summary>
    private const int FavouritesConsidered = 200;
    private const int ArtistsNamed = 3;

    public async Task<ImmutableArray<DailyMix>> PickAsync(TasteProfile taste)
    {
        var clusters = TasteClusters.Of(taste);
        if (clusters.Count == 0)
        {
            return [];
        }
        var favourites = await TrackCandidates.LoadAsync(grains, [.. taste.TopTracks(FavouritesConsidered)]);
        var taken = taste.Tracks.Where(entry => entry.Value < 0).Select(entry => entry.Key).ToHashSet(StringComparer.Ordinal);
        var engine = new RecommendationEngine(grains, scorer);
        var mixes = ImmutableArray.CreateBuilder<DailyMix>(clusters.Count);
        foreach (var genre in clusters)
        {
            var own = favourites.Where(track => track.Genres.Contains(genre) && !taken.Contains(track.TrackId)).Select(track => track.TrackId).ToList();
            var recommended = await engine.RecommendAsync(
                taste, new CandidateScope(taken.Concat(own).ToHashSet(StringComparer.Ordinal), genre), Length - Math.Min(own.Count, FavouritesPerMix));
            var tracks = Alternate([.. own.Take(Length - recommended.Length)], [.. recommended.Select(pick => pick.TrackId)]).ToImmutableArray();
            taken.UnionWith(tracks);
            mixes.Add(new DailyMix(genre, tracks, await DescribeAsync(taste, tracks)));
        }
        return mixes.ToImmutable();
    }

    private static IEnumerable<string> Alternate(List<string> first, List<string> second)
    {
        for (var index = 0; index < Math.Max(first.Count, second.Count); index++)
        {
            if (index < first.Count)
            {
                yield return first[index];
            }
            if (index < second.Count)
            {
                yield return second[index];
            }
        }
    }

    /// <summary>"A, B, C and more": the mix's artists the user likes most, then those it has most tracks of.</summary>
    private async Task<string> DescribeAsync(TasteProfile taste, ImmutableArray<string> trackIds)
    {
        var tracks = await TrackCandidates.LoadAsync(grains, [.. trackIds]);
        var artistIds = tracks.SelectMany(track => track.ArtistIds)
            .GroupBy(id => id, StringComparer.Ordinal)
            .OrderByDescending(group => taste.Artists.GetValueOrDefault(group.Key))
            .ThenByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Take(ArtistsNamed)
            .Select(group => group.Key);
        var artists = await Task.WhenAll(artistIds.Select(id => grains.GetGrain<IArtistGrain>(id).GetAsync()));
        var names = artists.OfType<ArtistDetails>().Select(artist => artist.Name).ToList();
        return names.Count == 0 ? "" : $"{string.Join(", ", names)} and more";
    }
}
