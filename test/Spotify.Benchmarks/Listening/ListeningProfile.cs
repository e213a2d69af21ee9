namespace Spotify.Benchmarks.Listening;

/// <summary>Which hosting the listening benchmark runs on.</summary>
public enum ListeningProfile
{
    /// <summary>One gateway process with a silo inside and memory streams.</summary>
    Embedded,

    /// <summary>Two silo processes and a gateway, the listening stream on PostgreSQL.</summary>
    Cluster,
}
