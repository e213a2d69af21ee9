namespace Spotify.Contracts.Ids;

/// <summary>Builds <c>spotify:&lt;type&gt;:&lt;id&gt;</c> URIs as the Spotify Web API uses them.</summary>
public static class SpotifyUri
{
    public static string Track(string id) => $"spotify:track:{id}";

    public static string Album(string id) => $"spotify:album:{id}";

    public static string Artist(string id) => $"spotify:artist:{id}";

    public static string User(string id) => $"spotify:user:{id}";

    public static string Playlist(string id) => $"spotify:playlist:{id}";
}
