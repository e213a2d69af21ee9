using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;

namespace Spotify.Gateway.Playlists;

/// <summary>Reads <c>spotify:track:&lt;id&gt;</c> URIs and checks that the tracks exist.</summary>
public static class TrackUris
{
    private const string Prefix = "spotify:track:";

    public static bool TryParse(string? uri, out string trackId)
    {
        trackId = uri is not null && uri.StartsWith(Prefix, StringComparison.Ordinal) ? uri[Prefix.Length..] : "";
        return SpotifyId.IsValid(trackId);
    }

    /// <returns>The track ids in order, or an error naming the first URI that is malformed or names no track.</returns>
    public static async Task<TrackUrisResult> ReadExistingAsync(IReadOnlyList<string?> uris, IGrainFactory grains)
    {
        var ids = new List<string>(uris.Count);
        foreach (var uri in uris)
        {
            if (!TryParse(uri, out var trackId))
            {
                return new TrackUrisResult(null, $"Invalid track uri: '{uri}'");
            }
            ids.Add(trackId);
        }
        var distinct = ids.Distinct().ToList();
        var found = await Task.WhenAll(distinct.Select(id => grains.GetGrain<ITrackGrain>(id).GetAsync()));
        var missing = distinct.Where((_, index) => found[index] is null).FirstOrDefault();
        return missing is null
            ? new TrackUrisResult(ids, "")
            : new TrackUrisResult(null, $"Non existing id: '{SpotifyUri.Track(missing)}'");
    }
}
