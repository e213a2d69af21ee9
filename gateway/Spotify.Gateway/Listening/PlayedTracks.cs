using Microsoft.Extensions.Caching.Memory;
using Spotify.Contracts.Catalog;

namespace Spotify.Gateway.Listening;

/// <summary>
/// The tracks that reported plays name, kept in this gateway's memory for a minute: players report
/// the same popular tracks over and over, and a track's artists and length rarely change. Unknown
/// ids are not remembered, so a track ingested a moment ago is found at once.
/// </summary>
public sealed class PlayedTracks(IGrainFactory grains, IMemoryCache cache)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    public async Task<TrackDetails?> GetAsync(string trackId)
    {
        if (cache.TryGetValue<TrackDetails>(CacheKey(trackId), out var cached))
        {
            return cached;
        }
        var track = await grains.GetGrain<ITrackGrain>(trackId).GetAsync();
        if (track is not null)
        {
            cache.Set(CacheKey(trackId), track, KeepFor);
        }
        return track;
    }

    private static string CacheKey(string trackId) => "played-track:" + trackId;
}
