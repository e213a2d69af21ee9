namespace Spotify.Contracts.Playlists;

/// <summary>Why an edit of a playlist was refused; nothing was changed.</summary>
[GenerateSerializer, Alias("spotify.playlists.PlaylistEditRejection")]
public enum PlaylistEditRejection
{
    /// <summary>No such playlist, or a private one the caller may not see.</summary>
    NotFound,

    /// <summary>The caller sees the playlist but may not make this change.</summary>
    NotAllowed,

    /// <summary>The edit names a snapshot that is no longer the playlist's current one.</summary>
    StaleSnapshot,

    /// <summary>The edit does not fit the playlist: positions out of range, too many items.</summary>
    Invalid,
}
