namespace Spotify.Contracts.Users;

/// <summary>
/// Which account an email address belongs to, keyed by the normalized address. Being one grain per
/// address, it lets exactly one account claim an address.
/// </summary>
[Alias("spotify.users.IUserEmailGrain")]
public interface IUserEmailGrain : IGrainWithStringKey
{
    [Alias("GetUserIdAsync")]
    Task<string?> GetUserIdAsync();

    /// <returns>True when the address is now the given user's; false when another user holds it.</returns>
    [Alias("ClaimAsync")]
    Task<bool> ClaimAsync(string userId);

    /// <summary>Gives the address up, if the given user holds it.</summary>
    [Alias("ReleaseAsync")]
    Task ReleaseAsync(string userId);
}
