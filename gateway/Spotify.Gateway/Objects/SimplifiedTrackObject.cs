namespace Spotify.Gateway.Objects;

public sealed record SimplifiedTrackObject(
    IReadOnlyList<SimplifiedArtistObject> Artists,
    int DiscNumber,
    int DurationMs,
    bool Explicit,
    ExternalUrls ExternalUrls,
    string Href,
    string Id,
    bool IsLocal,
    string Name,
    string? PreviewUrl,
    int TrackNumber,
    string Type,
    string Uri);
