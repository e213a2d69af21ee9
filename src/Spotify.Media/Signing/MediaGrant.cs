namespace Spotify.Media.Signing;

/// <summary>What a valid signed media URL lets its holder read: <see cref="BlobPath"/>, until <see cref="ExpiresAt"/>.</summary>
/// <param name="UserId">The user the URL was made for.</param>
public sealed record MediaGrant(string BlobPath, string UserId, string TrackId, string Version, DateTimeOffset ExpiresAt);
