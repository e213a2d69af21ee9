namespace Spotify.Gateway.Accounts;

/// <summary>The user type <see cref="Microsoft.AspNetCore.Identity.PasswordHasher{TUser}"/> is typed by;
/// the standard hasher does not read it.</summary>
public sealed record AccountPassword(string UserId);
