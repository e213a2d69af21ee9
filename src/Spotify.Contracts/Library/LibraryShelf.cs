namespace Spotify.Contracts.Library;

/// <summary>What a user keeps in their library: saved items and the things they follow.</summary>
[GenerateSerializer, Alias("spotify.library.LibraryShelf")]
public enum LibraryShelf
{
    Tracks,
    Albums,
    FollowedArtists,
    FollowedUsers,
    FollowedPlaylists,
}
