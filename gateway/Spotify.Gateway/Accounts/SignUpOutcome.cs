using Spotify.Contracts.Users;

namespace Spotify.Gateway.Accounts;

/// <summary>The account created, or null when the email address already has one.</summary>
public sealed record SignUpOutcome(UserProfile? Created);
