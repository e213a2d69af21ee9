namespace Spotify.Contracts.Recommendations;

/// <summary>A track listened to in the same sessions as another, and how often.</summary>
[GenerateSerializer, Immutable, Alias("spotify.recommendations.CoPlay")]
public sealed record CoPlay(string TrackId, double Count);
