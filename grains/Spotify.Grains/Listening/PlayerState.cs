namespace Spotify.Grains.Listening;

[GenerateSerializer]
public sealed class PlayerState
{
    [Id(0)]
    public RecentIds ReportedEvents { get; set; } = new();
}
