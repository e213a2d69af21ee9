namespace Spotify.Grains.Catalog;

/// <summary>
/// Popularity 0 to 100 from recent plays, on a log scale as Spotify's is: each tenfold rise in plays
/// adds the same amount, so a track with a million recent plays scores 100 and a single play 5.
/// The catalog's own figure stays the floor, so that a new platform does not start with every track at 0.
/// </summary>
public static class TrackPopularity
{
    public static readonly TimeSpan HalfLife = TimeSpan.FromDays(14);
    public const double PlaysForFullPopularity = 1_000_000;

    public static int Of(int catalogPopularity, double recentPlays)
    {
        var fromPlays = (int)Math.Round(100 * Math.Log10(1 + recentPlays) / Math.Log10(1 + PlaysForFullPopularity));
        return Math.Max(catalogPopularity, Math.Clamp(fromPlays, 0, 100));
    }
}
