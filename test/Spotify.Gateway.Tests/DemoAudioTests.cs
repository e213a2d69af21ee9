using Microsoft.Extensions.DependencyInjection;
using Spotify.Contracts.Catalog;
using Spotify.Gateway.DemoAudio;
using Spotify.Media.Analysis;
using Spotify.Media.Tools;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>The Embedded demo catalog gets synthesised audio, a different sound per genre.</summary>
public sealed class DemoAudioTests
{
    [Fact]
    public async Task An_embedded_gateway_publishes_demo_audio_for_the_first_track_of_each_genre()
    {
        var chosen = DemoAudioTracks.Choose(6);
        await using var gateway = new DemoAudioGatewayFactory(tracks: 6);
        var grains = gateway.Services.GetRequiredService<IGrainFactory>();

        foreach (var track in chosen)
        {
            var audio = await Eventually.GetAsync(
                () => grains.GetGrain<ITrackGrain>(track.TrackId).GetAudioAsync(), audio => audio is not null, TimeSpan.FromSeconds(120));
            Assert.Equal(3_000, audio!.DurationMs, tolerance: 100);
            Assert.Equal(3, audio.Renditions.Length);
        }
        Assert.Equal(6, chosen.Select(track => track.Genre).Distinct().Count());
        Assert.All(chosen, track => Assert.Equal(0, track.Variation));
    }

    [Fact]
    public async Task Every_genre_sounds_different_and_none_is_silent()
    {
        var tools = MediaToolLocator.Locate();
        var directory = Directory.CreateTempSubdirectory("spotify-demo-clips-").FullName;
        var loudness = new Dictionary<string, double>();
        foreach (var track in DemoAudioTracks.Choose(6))
        {
            var path = Path.Combine(directory, track.Genre.Replace(' ', '-') + ".wav");
            await DemoClips.SynthesizeAsync(tools, track.Genre, track.Variation, TimeSpan.FromSeconds(3), path, CancellationToken.None);

            var probed = await new AudioProbe(tools).ProbeAsync(path);
            Assert.Equal(3, probed.Duration.TotalSeconds, tolerance: 0.05);
            Assert.Equal(2, probed.Channels);
            loudness[track.Genre] = (await new LoudnessMeter(tools).MeasureAsync(path)).IntegratedLufs;
        }
        Directory.Delete(directory, recursive: true);

        Assert.All(loudness.Values, lufs => Assert.InRange(lufs, -35, -3));
        Assert.Equal(6, loudness.Count);
    }

    private sealed class DemoAudioGatewayFactory(int tracks) : EmbeddedGatewayFactory(new Dictionary<string, string>())
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Spotify:Media:DemoAudio:Tracks", tracks.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Spotify:Media:DemoAudio:ClipLength", "00:00:03");
        }
    }
}
