namespace Spotify.Gateway.Auth;

/// <summary>OAuth scopes as the Spotify Web API names them, plus this platform's admin scopes.</summary>
public static class SpotifyScopes
{
    public const string UserReadPrivate = "user-read-private";
    public const string UserReadEmail = "user-read-email";
    public const string PlaylistReadPrivate = "playlist-read-private";
    public const string PlaylistModifyPublic = "playlist-modify-public";
    public const string PlaylistModifyPrivate = "playlist-modify-private";
    public const string UserLibraryRead = "user-library-read";
    public const string UserLibraryModify = "user-library-modify";
    public const string UserFollowRead = "user-follow-read";
    public const string UserFollowModify = "user-follow-modify";
    public const string UserReadRecentlyPlayed = "user-read-recently-played";
    public const string UserTopRead = "user-top-read";
    public const string UserReadPlaybackState = "user-read-playback-state";
    public const string UserReadCurrentlyPlaying = "user-read-currently-playing";
    public const string UserModifyPlaybackState = "user-modify-playback-state";
    public const string Streaming = "streaming";

    public const string CatalogWrite = "catalog:write";
    public const string ModelsWrite = "models:write";
    public const string Dashboard = "dashboard";

    /// <summary>What a user can grant an app on their behalf.</summary>
    public static readonly IReadOnlyList<string> User =
    [
        UserReadPrivate, UserReadEmail, PlaylistReadPrivate, PlaylistModifyPublic, PlaylistModifyPrivate,
        UserLibraryRead, UserLibraryModify, UserFollowRead, UserFollowModify, UserReadRecentlyPlayed,
        UserTopRead, UserReadPlaybackState, UserReadCurrentlyPlaying, UserModifyPlaybackState, Streaming,
    ];

    /// <summary>What only service clients of the platform's operators get.</summary>
    public static readonly IReadOnlyList<string> Admin = [CatalogWrite, ModelsWrite, Dashboard];

    public static readonly IReadOnlyList<string> All = [.. User, .. Admin];
}
