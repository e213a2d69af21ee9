using Spotify.Contracts.Catalog;
using Spotify.Grains.Listening;

namespace Spotify.Grains.Catalog;

[GenerateSerializer, Alias("spotify.grains.TrackState")]
public sealed class TrackState
{
    [Id(0)]
    public TrackDetails? Track { get; set; }

    /// <summary>Plays heard, halving every <see cref="TrackPopularity.HalfLife"/>.</summary>
    [Id(1)]
    public DecayedScore RecentPlays { get; set; } = new();
}
