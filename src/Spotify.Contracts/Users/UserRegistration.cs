namespace Spotify.Contracts.Users;

/// <summary>A validated sign-up: the password arrives hashed, never in clear.</summary>
[GenerateSerializer, Immutable, Alias("spotify.users.UserRegistration")]
public sealed record UserRegistration(
    string DisplayName,
    string Email,
    string Country,
    string PasswordHash,
    DateTimeOffset CreatedAt);
