namespace Spotify.Gateway.Objects;

public sealed record CursorsObject(string? After, string? Before);
