using System.Text.Json;

namespace Spotify.Gateway.Tests;

/// <summary>
/// The keys of the Spotify Web API's objects, as its reference documents them, for the fields this
/// platform serves (it leaves out markets, restrictions and linked tracks, which it has no data for).
/// </summary>
internal static class SpotifyShapes
{
    public static readonly string[] Paging = ["href", "items", "limit", "next", "offset", "previous", "total"];

    public static readonly string[] Track =
    [
        "album", "artists", "disc_number", "duration_ms", "explicit", "external_ids", "external_urls", "href",
        "id", "is_local", "name", "popularity", "preview_url", "track_number", "type", "uri",
    ];

    public static readonly string[] SimplifiedTrack =
    [
        "artists", "disc_number", "duration_ms", "explicit", "external_urls", "href", "id", "is_local", "name",
        "preview_url", "track_number", "type", "uri",
    ];

    public static readonly string[] SimplifiedAlbum =
    [
        "album_type", "artists", "external_urls", "href", "id", "images", "name", "release_date",
        "release_date_precision", "total_tracks", "type", "uri",
    ];

    public static readonly string[] Album = [.. SimplifiedAlbum, "copyrights", "external_ids", "genres", "label", "popularity", "tracks"];

    public static readonly string[] SimplifiedArtist = ["external_urls", "href", "id", "name", "type", "uri"];

    public static readonly string[] Artist = [.. SimplifiedArtist, "followers", "genres", "images", "popularity"];

    public static readonly string[] PublicUser = ["display_name", "external_urls", "followers", "href", "id", "images", "type", "uri"];

    public static readonly string[] PrivateUser = [.. PublicUser, "country", "email", "explicit_content", "product"];

    public static readonly string[] PlaylistUser = ["display_name", "external_urls", "href", "id", "type", "uri"];

    public static readonly string[] Playlist =
    [
        "collaborative", "description", "external_urls", "followers", "href", "id", "images", "name", "owner",
        "public", "snapshot_id", "tracks", "type", "uri",
    ];

    public static readonly string[] PlaylistTrack = ["added_at", "added_by", "is_local", "track"];

    public static void Assert(JsonElement element, string[] keys) => JsonAssertions.AssertKeys(element, keys);
}
