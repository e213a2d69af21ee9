namespace Spotify.Grains.Catalog.Demo;

public sealed class DemoCatalogOptions
{
    public const string Section = "Spotify:DemoCatalog";

    /// <summary>Seed the demo catalog at silo start when the catalog is empty.</summary>
    public bool SeedOnStart { get; set; } = true;
}
