namespace Spotify.Contracts.Catalog;

/// <summary>A track id with the popularity an artist's top tracks are ranked by.</summary>
[GenerateSerializer, Immutable, Alias("spotify.catalog.RankedTrack")]
public sealed record RankedTrack(string TrackId, int Popularity);
