namespace Spotify.Gateway.Objects;

public sealed record TrackObject(
    SimplifiedAlbumObject Album,
    IReadOnlyList<SimplifiedArtistObject> Artists,
    int DiscNumber,
    int DurationMs,
    bool Explicit,
    ExternalIds ExternalIds,
    ExternalUrls ExternalUrls,
    string Href,
    string Id,
    bool IsLocal,
    string Name,
    int Popularity,
    string? PreviewUrl,
    int TrackNumber,
    string Type,
    string Uri);
