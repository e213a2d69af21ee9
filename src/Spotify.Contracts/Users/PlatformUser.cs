namespace Spotify.Contracts.Users;

/// <summary>
/// The platform itself as a user, as on Spotify: the owner of the playlists it makes for its users
/// (Discover Weekly, the Daily Mixes). Its id, "spotify", is not a base62 account id, so no account
/// can ever have it.
/// </summary>
public static class PlatformUser
{
    public const string Id = "spotify";

    public const string DisplayName = "Spotify";

    /// <summary>The public profile the platform shows; it has no email, country or product of its own.</summary>
    public static readonly UserProfile Profile = new(
        Id, DisplayName, Email: "", Country: "", Product: "", Followers: 0, CreatedAt: DateTimeOffset.UnixEpoch);
}
