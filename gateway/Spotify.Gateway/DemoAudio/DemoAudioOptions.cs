using System.ComponentModel.DataAnnotations;

namespace Spotify.Gateway.DemoAudio;

/// <summary>Generated audio for the Embedded demo catalog, so that playback works out of the box.</summary>
public sealed class DemoAudioOptions
{
    public const string Section = "Spotify:Media:DemoAudio";

    /// <summary>
    /// How many demo tracks get audio, spread evenly over the genres (the default gives the first
    /// album of each genre's first artist). Each costs a few seconds of transcoding at every start
    /// of an Embedded gateway, whose grains keep their state in memory; 0 turns demo audio off.
    /// </summary>
    [Range(0, 10_000)]
    public int Tracks { get; set; } = 24;

    [Range(typeof(TimeSpan), "00:00:02", "00:10:00")]
    public TimeSpan ClipLength { get; set; } = TimeSpan.FromSeconds(20);
}
