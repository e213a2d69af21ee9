namespace Spotify.Media.Tests.Edge;

/// <param name="Range">The Range header the gateway was sent, if any.</param>
public sealed record ReceivedRequest(string Path, string? Range);
