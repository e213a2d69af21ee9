using Spotify.Gateway.Links;

namespace Spotify.Gateway.Objects;

/// <summary>What a track was played from: an album, artist, playlist (or a track on its own).</summary>
public sealed record ContextObject(string Type, string Href, ExternalUrls ExternalUrls, string Uri)
{
    /// <summary>The context of a validated <c>spotify:{type}:{id}</c> URI, or null for none.</summary>
    public static ContextObject? FromUri(string? uri, ApiUrls urls)
    {
        if (uri is null)
        {
            return null;
        }
        var parts = uri.Split(':');
        var href = parts[1] switch
        {
            "album" => urls.Album(parts[2]),
            "artist" => urls.Artist(parts[2]),
            "playlist" => urls.Playlist(parts[2]),
            _ => urls.Track(parts[2]),
        };
        return new ContextObject(parts[1], href, new ExternalUrls(), uri);
    }
}
