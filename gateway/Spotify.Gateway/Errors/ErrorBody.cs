namespace Spotify.Gateway.Errors;

public sealed record ErrorBody(int Status, string Message);
