using Spotify.Media.Analysis;

namespace Spotify.Media.Tests.Analysis;

public sealed class LoudnessMeterTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly LoudnessMeter _meter = new(TestMedia.Tools);

    [Fact]
    public async Task Music_has_a_finite_integrated_loudness_and_true_peak()
    {
        var clip = await TestMedia.MusicLikeClipAsync(_directory.Path, TimeSpan.FromSeconds(5));

        var loudness = await _meter.MeasureAsync(clip);

        Assert.False(loudness.IsSilent);
        Assert.InRange(loudness.IntegratedLufs, -40, -10);
        Assert.InRange(loudness.TruePeakDbtp, -30, 0);
        Assert.True(loudness.TruePeakDbtp > loudness.IntegratedLufs);
    }

    [Fact]
    public async Task Halving_the_amplitude_lowers_the_loudness_by_six_decibels()
    {
        var clip = await TestMedia.MusicLikeClipAsync(_directory.Path, TimeSpan.FromSeconds(5));
        var quieter = await TestMedia.EncodeAsync(clip, _directory.File("quieter.wav"), "-af", "volume=0.5");

        var original = await _meter.MeasureAsync(clip);
        var halved = await _meter.MeasureAsync(quieter);

        Assert.Equal(original.IntegratedLufs - 6.02, halved.IntegratedLufs, tolerance: 0.2);
    }

    [Fact]
    public async Task Silence_is_reported_as_silent_rather_than_failing()
    {
        var silence = await TestMedia.SilenceAsync(_directory.Path, TimeSpan.FromSeconds(3));

        var loudness = await _meter.MeasureAsync(silence);

        Assert.True(loudness.IsSilent);
        Assert.Equal(double.NegativeInfinity, loudness.IntegratedLufs);
        Assert.Equal(double.NegativeInfinity, loudness.TruePeakDbtp);
    }

    public void Dispose() => _directory.Dispose();
}
