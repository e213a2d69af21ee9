using Spotify.Grains.Listening;

namespace Spotify.Grains.Recommendations;

[GenerateSerializer]
public sealed class RecommendationProfileState
{
    [Id(0)]
    public RecentIds AppliedEvents { get; set; } = new();

    [Id(1)]
    public Dictionary<string, DecayedScore> Tracks { get; set; } = [];

    [Id(2)]
    public Dictionary<string, DecayedScore> Artists { get; set; } = [];

    [Id(3)]
    public Dictionary<string, DecayedScore> Genres { get; set; } = [];

    /// <summary>The genres of artists the user played, so that a play needs no catalog lookup the second time.</summary>
    [Id(4)]
    public Dictionary<string, List<string>> ArtistGenres { get; set; } = [];

    /// <summary>The latest counted plays (track id, when it ended), for co-listening within a session.</summary>
    [Id(5)]
    public List<SessionPlay> Session { get; set; } = [];
}
