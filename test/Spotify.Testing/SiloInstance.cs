namespace Spotify.Testing;

public sealed record SiloInstance(HostProcess Process, int SiloPort, int GatewayPort);
