namespace Spotify.Gateway.Objects;

public sealed record RecommendationsResponse(IReadOnlyList<RecommendationSeedObject> Seeds, IReadOnlyList<TrackObject> Tracks);
