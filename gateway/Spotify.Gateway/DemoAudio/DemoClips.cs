using System.Globalization;
using Spotify.Media.Tools;

namespace Spotify.Gateway.DemoAudio;

/// <summary>
/// Synthesises a demo track with ffmpeg's <c>aevalsrc</c>: a sound per genre (a square-wave riff
/// over a kick for rock, a swaying seventh chord for jazz, a saw arpeggio on four-to-the-floor for
/// electronic…), pitched per track so that no two tracks of a genre sound the same.
/// </summary>
public static class DemoClips
{
    private const int SampleRate = 44_100;

    /// <param name="variation">Which track of its genre: moves the pitch by a fifth per step, within an octave.</param>
    public static async Task SynthesizeAsync(
        MediaTools tools, string genre, int variation, TimeSpan length, string path, CancellationToken cancellationToken)
    {
        var root = 110 * Math.Pow(2, variation * 7 % 12 / 12.0);
        var (left, right) = Expressions(genre, root);
        var source = string.Create(
            CultureInfo.InvariantCulture, $"aevalsrc='{left}|{right}':s={SampleRate}:d={length.TotalSeconds}");
        await tools.RunFfmpegAsync(
            ["-v", "error", "-f", "lavfi", "-i", source, "-af", "afade=t=out:st=" + Seconds(length.TotalSeconds - 1) + ":d=1", "-c:a", "pcm_s16le", path],
            cancellationToken: cancellationToken);
    }

    private static (string Left, string Right) Expressions(string genre, double root)
    {
        var f = Seconds(root);
        return genre switch
        {
            "rock" => (
                $"0.25*sgn(sin(2*PI*{f}*t))+0.2*sin(2*PI*{f}*1.5*t)+0.5*sin(2*PI*55*t)*exp(-12*mod(t,0.5))",
                $"0.25*sgn(sin(2*PI*{f}*1.005*t))+0.2*sin(2*PI*{f}*2*t)+0.5*sin(2*PI*55*t)*exp(-12*mod(t,0.5))"),
            "jazz" => (
                $"(0.18*sin(2*PI*{f}*2*t)+0.14*sin(2*PI*{f}*2.52*t)+0.12*sin(2*PI*{f}*3*t))*(0.7+0.3*sin(2*PI*0.75*t))",
                $"(0.14*sin(2*PI*{f}*3.56*t)+0.12*sin(2*PI*{f}*2*t)+0.1*sin(2*PI*{f}*4.49*t))*(0.7+0.3*cos(2*PI*0.75*t))"),
            "electronic" => (
                $"0.2*(2*mod({f}*2*pow(2,floor(mod(t*8,4))*4/12)*t,1)-1)+0.6*sin(2*PI*50*t)*exp(-25*mod(t,0.46875))",
                $"0.2*(2*mod({f}*3*pow(2,floor(mod(t*8,4))*3/12)*t,1)-1)+0.6*sin(2*PI*50*t)*exp(-25*mod(t,0.46875))"),
            "hip hop" => (
                $"0.6*sin(2*PI*48*t)*exp(-9*mod(t,0.6667))+0.3*sin(2*PI*{f}/2*t)*lt(mod(t,1.3333),0.6)+0.15*sin(2*PI*{f}*4*t)*exp(-6*mod(t,0.3333))",
                $"0.6*sin(2*PI*48*t)*exp(-9*mod(t,0.6667))+0.3*sin(2*PI*{f}/2*t)*lt(mod(t,1.3333),0.6)+0.15*sin(2*PI*{f}*5*t)*exp(-6*mod(t,0.3333))"),
            "classical" => (
                $"0.2*sin(2*PI*{f}*2*t+0.4*sin(2*PI*5*t))+0.1*sin(2*PI*{f}*4*t+0.4*sin(2*PI*5*t))+0.05*sin(2*PI*{f}*6*t)",
                $"0.2*sin(2*PI*{f}*3*t+0.4*sin(2*PI*5.3*t))+0.1*sin(2*PI*{f}*6*t+0.4*sin(2*PI*5.3*t))+0.05*sin(2*PI*{f}*2.5*t)"),
            _ => (
                $"0.35*sin(2*PI*{f}*2*pow(2,floor(mod(t*1.3333,3))*5/12)*t)*exp(-3*mod(t,0.75))",
                $"0.3*sin(2*PI*{f}*3*pow(2,floor(mod(t*1.3333,3))*4/12)*t)*exp(-3*mod(t+0.375,0.75))"),
        };
    }

    private static string Seconds(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
