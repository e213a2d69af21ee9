namespace Spotify.Media.Signing;

/// <param name="Path">
/// <c>/media/{signature}/{expires}/{userId}/{trackId}/{version}/{file}</c>, to be put after the
/// public base URL (the CDN edge or the gateway).
/// </param>
public sealed record SignedMediaPath(string Path, DateTimeOffset ExpiresAt);
