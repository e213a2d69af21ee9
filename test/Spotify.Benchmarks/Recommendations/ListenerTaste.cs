namespace Spotify.Benchmarks.Recommendations;

/// <summary>
/// What one generated listener plays: mostly their favourite genre, the popular tracks of it most
/// often, and otherwise whatever is popular across the catalog (both by a Zipf law on popularity rank).
/// </summary>
public sealed class ListenerTaste(IReadOnlyList<string> favouriteGenreByPopularity, IReadOnlyList<string> catalogByPopularity, int seed)
{
    private const double FavouriteGenreShare = 0.7;
    private readonly Random _random = new(seed);

    public string NextTrack()
    {
        var tracks = _random.NextDouble() < FavouriteGenreShare ? favouriteGenreByPopularity : catalogByPopularity;
        return tracks[ZipfRank(tracks.Count)];
    }

    private int ZipfRank(int count)
    {
        var harmonic = Math.Log(count) + 0.5772;
        return Math.Clamp((int)Math.Exp(_random.NextDouble() * harmonic - 0.5772), 0, count - 1);
    }
}
