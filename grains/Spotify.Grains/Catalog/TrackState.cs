using Spotify.Contracts.Catalog;
using Spotify.Contracts.Media;
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

    [Id(2)]
    public TrackAudio? Audio { get; set; }

    /// <summary>AES-128 key of the track's audio; never leaves the grain except to the key endpoint and the publisher.</summary>
    [Id(3)]
    public byte[]? ContentKey { get; set; }
}
