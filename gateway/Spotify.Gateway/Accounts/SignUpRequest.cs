namespace Spotify.Gateway.Accounts;

/// <summary>The body of <c>POST /v1/users</c>. Everything is optional here so that a missing field
/// gets a clear 400 from <see cref="SignUpValidator"/> rather than a binding failure.</summary>
public sealed record SignUpRequest(string? Email, string? Password, string? DisplayName, string? Country);
