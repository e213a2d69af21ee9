using Spotify.Contracts.Listening;

namespace Spotify.Grains.Listening;

[GenerateSerializer]
public sealed class PlayerState
{
    [Id(0)]
    public RecentIds ReportedEvents { get; set; } = new();

    [Id(1)]
    public ListeningEvent? LastPlay { get; set; }
}
