namespace Spotify.Contracts.Recommendations;

/// <summary>A recommended track, its score, and why it was recommended ("Because you played Slow Moon").</summary>
[GenerateSerializer, Immutable, Alias("spotify.recommendations.Recommendation")]
public sealed record Recommendation(string TrackId, double Score, string Reason);
