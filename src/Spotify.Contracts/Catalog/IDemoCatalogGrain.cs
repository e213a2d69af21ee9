namespace Spotify.Contracts.Catalog;

/// <summary>
/// Seeds the demo catalog into an empty catalog. A singleton (key <see cref="SingletonKey"/>), so
/// silos starting together seed it once.
/// </summary>
[Alias("spotify.catalog.IDemoCatalogGrain")]
public interface IDemoCatalogGrain : IGrainWithIntegerKey
{
    const long SingletonKey = 0;

    /// <summary>Writes the demo catalog unless the catalog already holds albums.</summary>
    /// <returns>True when this call wrote the demo catalog.</returns>
    [Alias("SeedIfEmptyAsync")]
    Task<bool> SeedIfEmptyAsync();
}
