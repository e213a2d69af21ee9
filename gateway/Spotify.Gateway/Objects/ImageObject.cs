namespace Spotify.Gateway.Objects;

public sealed record ImageObject(string Url, int? Height, int? Width);
