using Spotify.Contracts.Listening;

namespace Spotify.Grains.Listening;

[GenerateSerializer]
public sealed class ListeningHistoryState
{
    /// <summary>Events already applied, so that a stream delivering one again changes nothing.</summary>
    [Id(0)]
    public RecentIds AppliedEvents { get; set; } = new();

    /// <summary>The latest plays, newest first.</summary>
    [Id(1)]
    public List<PlayedItem> RecentPlays { get; set; } = [];

    [Id(2)]
    public Dictionary<string, RangeScores> Tracks { get; set; } = [];

    [Id(3)]
    public Dictionary<string, RangeScores> Artists { get; set; } = [];
}
