using System.Collections.Immutable;
using Spotify.Contracts.Recommendations;

namespace Spotify.Grains.Recommendations;

/// <summary>The co-plays of one delivered batch, sent as one call per track rather than one per pair.</summary>
internal sealed class CoPlayBatch
{
    private readonly Dictionary<string, List<string>> _byTrack = new(StringComparer.Ordinal);

    public void Add(string trackId, string playedWith)
    {
        if (!_byTrack.TryGetValue(trackId, out var others))
        {
            _byTrack[trackId] = others = [];
        }
        others.Add(playedWith);
    }

    /// <summary>Fire and forget: co-play counts are statistics, and a lost call only makes one count smaller.</summary>
    public void Send(IGrainFactory grains)
    {
        foreach (var (trackId, others) in _byTrack)
        {
            grains.GetGrain<ITrackNeighboursGrain>(trackId).AddCoPlaysAsync([.. others]).Ignore();
        }
    }
}
