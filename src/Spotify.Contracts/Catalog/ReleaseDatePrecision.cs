namespace Spotify.Contracts.Catalog;

/// <summary>How much of a release date is known, as the Spotify Web API reports it.</summary>
[GenerateSerializer, Alias("spotify.catalog.ReleaseDatePrecision")]
public enum ReleaseDatePrecision
{
    Year,
    Month,
    Day,
}
