namespace Spotify.Grains.Recommendations;

/// <summary>How much one signal moves the affinity to a track, to each of its artists and to each of their genres.</summary>
public sealed record TasteSignal(double Track, double Artist, double Genre)
{
    /// <summary>Heard for 30 seconds, or played to its end.</summary>
    public static readonly TasteSignal Play = new(1.0, 1.0, 1.0);

    /// <summary>Saved to the library: worth two plays of the track, as keeping it says more than hearing it.</summary>
    public static readonly TasteSignal Save = new(2.0, 1.0, 0.5);

    /// <summary>Skipped forward within 30 seconds: mostly about the track, a little about its artists.</summary>
    public static readonly TasteSignal EarlySkip = new(-1.0, -0.3, -0.1);
}
