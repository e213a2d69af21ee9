namespace Spotify.Hosting;

/// <param name="PostgresConnectionString">The shared database in the Cluster profile; null when embedded.</param>
public sealed record GatewayHosting(SpotifyProfile Profile, string? PostgresConnectionString);
