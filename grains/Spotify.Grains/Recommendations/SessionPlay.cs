namespace Spotify.Grains.Recommendations;

[GenerateSerializer]
public sealed record SessionPlay([property: Id(0)] string TrackId, [property: Id(1)] DateTimeOffset EndedAt);
