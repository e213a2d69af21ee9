namespace Spotify.Gateway.Links;

/// <summary>An absolute signed media URL and the moment it stops working.</summary>
public sealed record SignedMediaUrl(string Url, DateTimeOffset ExpiresAt);
