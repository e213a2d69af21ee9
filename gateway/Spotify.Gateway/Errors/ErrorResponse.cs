namespace Spotify.Gateway.Errors;

/// <summary>The Spotify Web API's error object: <c>{"error":{"status":404,"message":"..."}}</c>.</summary>
public sealed record ErrorResponse(ErrorBody Error);
