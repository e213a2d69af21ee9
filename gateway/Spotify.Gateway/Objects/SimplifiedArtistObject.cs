namespace Spotify.Gateway.Objects;

public sealed record SimplifiedArtistObject(
    ExternalUrls ExternalUrls,
    string Href,
    string Id,
    string Name,
    string Type,
    string Uri);
