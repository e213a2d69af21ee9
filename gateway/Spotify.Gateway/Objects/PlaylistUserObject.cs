namespace Spotify.Gateway.Objects;

/// <summary>The user a playlist belongs to or an item was added by.</summary>
public sealed record PlaylistUserObject(
    string? DisplayName,
    ExternalUrls ExternalUrls,
    string Href,
    string Id,
    string Type,
    string Uri);
