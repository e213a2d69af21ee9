namespace Spotify.Gateway.DemoAudio;

/// <summary>A demo track to synthesise: its genre's sound, pitched by <paramref name="Variation"/>.</summary>
public sealed record DemoAudioTrack(string TrackId, string Genre, int Variation);
