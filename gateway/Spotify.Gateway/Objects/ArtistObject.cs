namespace Spotify.Gateway.Objects;

public sealed record ArtistObject(
    ExternalUrls ExternalUrls,
    FollowersObject Followers,
    IReadOnlyList<string> Genres,
    string Href,
    string Id,
    IReadOnlyList<ImageObject> Images,
    string Name,
    int Popularity,
    string Type,
    string Uri);
