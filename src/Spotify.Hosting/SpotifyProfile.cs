namespace Spotify.Hosting;

/// <summary>How the platform is hosted, chosen by the setting <c>Spotify:Profile</c>.</summary>
public enum SpotifyProfile
{
    /// <summary>One process: the gateway hosts a silo with in-memory providers. Needs only the .NET SDK.</summary>
    Embedded,

    /// <summary>Separate silo processes on PostgreSQL; the gateway is an Orleans client.</summary>
    Cluster,
}
