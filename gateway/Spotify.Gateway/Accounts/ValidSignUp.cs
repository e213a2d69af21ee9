namespace Spotify.Gateway.Accounts;

/// <summary>A sign-up that passed validation, with its email normalized.</summary>
public sealed record ValidSignUp(string Email, string Password, string DisplayName, string Country);
