namespace Spotify.Contracts.Users;

/// <summary>One user account, keyed by the user's base62 id; the key <see cref="PlatformUser.Id"/> is the platform's fixed profile.</summary>
[Alias("spotify.users.IUserGrain")]
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>The profile, or null when no account has this id.</summary>
    [Alias("GetProfileAsync")]
    Task<UserProfile?> GetProfileAsync();

    /// <summary>Creates the account.</summary>
    /// <returns>False when an account with this id already exists; it is left unchanged.</returns>
    [Alias("CreateAsync")]
    Task<bool> CreateAsync(UserRegistration registration);

    /// <summary>The stored password hash, for verifying a sign-in outside the grain.</summary>
    [Alias("GetPasswordHashAsync")]
    Task<string?> GetPasswordHashAsync();
}
