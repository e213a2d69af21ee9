namespace Spotify.Contracts.Catalog;

/// <summary>A release date and how precisely it is known (a precision of Year ignores month and day).</summary>
[GenerateSerializer, Immutable, Alias("spotify.catalog.ReleaseDate")]
public sealed record ReleaseDate(DateOnly Date, ReleaseDatePrecision Precision);
