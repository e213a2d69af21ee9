namespace Spotify.Contracts.Users;

/// <summary>A user's account details; only the owner sees the private ones (email, country, product).</summary>
[GenerateSerializer, Immutable, Alias("spotify.users.UserProfile")]
public sealed record UserProfile(
    string Id,
    string DisplayName,
    string Email,
    string Country,
    string Product,
    long Followers,
    DateTimeOffset CreatedAt);
