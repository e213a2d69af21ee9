using Spotify.Recommendations;

namespace Spotify.Grains.MadeForYou;

/// <summary>
/// A user's taste clusters, one Daily Mix each: the user's top genres by genre affinity, at most
/// six, and only those with at least a tenth of the user's positive genre affinity. A tenth keeps a
/// passing interest (an album of folk among a month of jazz) from making a thin mix of its own, while
/// a listener of two or three genres in roughly equal parts gets a mix for each.
/// </summary>
internal static class TasteClusters
{
    public const int MaxClusters = 6;
    public const double MinShare = 0.1;

    /// <summary>The clusters' genres, the strongest first.</summary>
    public static List<string> Of(TasteProfile taste)
    {
        var total = taste.Genres.Values.Where(value => value > 0).Sum();
        return total <= 0 ? [] : [.. taste.TopGenres(MaxClusters).Where(genre => taste.Genres[genre] / total >= MinShare)];
    }
}
