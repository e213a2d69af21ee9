namespace Spotify.Gateway.Objects;

public sealed record ExplicitContentObject(bool FilterEnabled, bool FilterLocked);
