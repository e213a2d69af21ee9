namespace Spotify.Contracts.Catalog;

/// <summary>Counted plays of one track, the latest heard at <see cref="At"/>.</summary>
[GenerateSerializer, Immutable, Alias("spotify.catalog.TrackPlays")]
public sealed record TrackPlays(string TrackId, int Plays, DateTimeOffset At);
