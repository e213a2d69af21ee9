namespace Spotify.Contracts.Catalog;

/// <summary>The part of an artist that tracks and albums carry with them.</summary>
[GenerateSerializer, Immutable, Alias("spotify.catalog.ArtistRef")]
public sealed record ArtistRef(string Id, string Name);
