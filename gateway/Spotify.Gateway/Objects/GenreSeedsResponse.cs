namespace Spotify.Gateway.Objects;

public sealed record GenreSeedsResponse(IReadOnlyList<string> Genres);
