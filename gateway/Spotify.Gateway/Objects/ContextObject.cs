namespace Spotify.Gateway.Objects;

/// <summary>What a track was played from: an album, artist, playlist (or a track on its own).</summary>
public sealed record ContextObject(string Type, string Href, ExternalUrls ExternalUrls, string Uri);
