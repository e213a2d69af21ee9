namespace Spotify.Grains.MadeForYou;

/// <summary>Only the ids of a user's made-for-you playlists; their items live in their playlist grains.</summary>
[GenerateSerializer, Alias("spotify.grains.MadeForYouState")]
public sealed class MadeForYouState
{
    /// <summary>True once the playlists were first made and their refreshes scheduled.</summary>
    [Id(0)]
    public bool Started { get; set; }

    [Id(1)]
    public string? DiscoverWeeklyId { get; set; }

    /// <summary>
    /// Every Daily Mix made for the user, Daily Mix 1 first. The first <see cref="ActiveDailyMixes"/>
    /// are current; the others are mixes whose cluster faded, kept empty and unfollowed for when it returns.
    /// </summary>
    [Id(2)]
    public List<string> DailyMixIds { get; set; } = [];

    [Id(3)]
    public int ActiveDailyMixes { get; set; }
}
