namespace Spotify.Recommendations;

/// <summary>
/// What a user likes, as affinities (a decayed sum of signals: plays up, early skips down) to
/// tracks, artists and genres, with names for the reasons shown to the user.
/// </summary>
public sealed class TasteProfile
{
    public Dictionary<string, double> Tracks { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, double> Artists { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, double> Genres { get; } = new(StringComparer.Ordinal);

    /// <summary>The liked tracks to look for co-played neighbours of, most liked first.</summary>
    public IEnumerable<string> TopTracks(int count) =>
        Tracks.Where(entry => entry.Value > 0).OrderByDescending(entry => entry.Value).Take(count).Select(entry => entry.Key);

    public IEnumerable<string> TopArtists(int count) =>
        Artists.Where(entry => entry.Value > 0).OrderByDescending(entry => entry.Value).Take(count).Select(entry => entry.Key);

    public IEnumerable<string> TopGenres(int count) =>
        Genres.Where(entry => entry.Value > 0).OrderByDescending(entry => entry.Value).Take(count).Select(entry => entry.Key);
}
