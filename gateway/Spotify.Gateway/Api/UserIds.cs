using Spotify.Contracts.Ids;
using Spotify.Contracts.Users;

namespace Spotify.Gateway.Api;

/// <summary>What a user id in a path may be: an account's base62 id, or the platform user's id, "spotify".</summary>
public static class UserIds
{
    public static bool IsValid(string? id) => SpotifyId.IsValid(id) || id == PlatformUser.Id;
}
