using System.Collections.Immutable;
using Spotify.Contracts.Listening;
using Spotify.Grains.Listening;
using Spotify.Grains.Recommendations;
using Spotify.Recommendations;

namespace Spotify.Grains.MadeForYou;

/// <summary>
/// Discover Weekly: thirty tracks the user has never played, the best of the user's personal
/// recommendations. Whatever the grains know the user played is left out: every track of the taste
/// (played or skipped), the recently played tracks and the listening history's top tracks. When the
/// user's own genres, artists and co-plays run out, the catalog's other genres fill in, so it holds
/// fewer than thirty tracks only when the catalog has no more.
/// </summary>
internal sealed class DiscoverWeekly(IGrainFactory grains, IRecommendationScorer scorer)
{
    public const int Length = 30;
    public const string Name = "Discover Weekly";
    public const string Description = "Your weekly mixtape of fresh music. Enjoy new music and deep cuts picked for you. Updates every Monday.";

    public async Task<ImmutableArray<string>> PickAsync(string userId, TasteProfile taste)
    {
        var played = await PlayedAsync(userId, taste);
        var picks = await new RecommendationEngine(grains, scorer).RecommendAsync(taste, new CandidateScope(played, WidenToAllGenres: true), Length);
        return [.. picks.Select(pick => pick.TrackId)];
    }

    private async Task<HashSet<string>> PlayedAsync(string userId, TasteProfile taste)
    {
        var history = grains.GetGrain<IListeningHistoryGrain>(userId);
        var recent = await history.GetRecentlyPlayedAsync(after: null, before: null, IListeningHistoryGrain.MaxRecentPlays);
        var top = await history.GetTopAsync(TopItemKind.Tracks, TimeRange.LongTerm, 0, ListeningHistoryGrain.MaxTopTracks);
        var played = new HashSet<string>(taste.Tracks.Keys, StringComparer.Ordinal);
        played.UnionWith(recent.Select(play => play.TrackId));
        played.UnionWith(top.Items.Select(item => item.Id));
        return played;
    }
}
