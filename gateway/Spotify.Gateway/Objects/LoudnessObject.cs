namespace Spotify.Gateway.Objects;

/// <summary>What the track's audio measured (EBU R128): players normalise by the integrated loudness and keep below the true peak.</summary>
public sealed record LoudnessObject(double IntegratedLufs, double TruePeakDb);
