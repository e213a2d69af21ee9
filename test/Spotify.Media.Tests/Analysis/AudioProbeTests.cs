using Spotify.Media.Analysis;

namespace Spotify.Media.Tests.Analysis;

public sealed class AudioProbeTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly AudioProbe _probe = new(TestMedia.Tools);

    [Fact]
    public async Task Audio_file_gives_its_duration_codec_bit_rate_sample_rate_and_channels()
    {
        var clip = await TestMedia.MusicLikeClipAsync(_directory.Path, TimeSpan.FromSeconds(3));
        var ogg = await TestMedia.EncodeAsync(clip, _directory.File("clip.ogg"), "-ac", "1", "-ar", "48000", "-c:a", "libvorbis");

        var audio = await _probe.ProbeAsync(ogg);

        Assert.Equal("ogg", audio.Container);
        Assert.Equal("vorbis", audio.Codec);
        Assert.Equal(3, audio.Duration.TotalSeconds, precision: 1);
        Assert.Equal(48_000, audio.SampleRate);
        Assert.Equal(1, audio.Channels);
        Assert.InRange(audio.BitRate!.Value, 16_000, 320_000);
    }

    [Fact]
    public async Task Text_file_is_rejected_with_a_reason()
    {
        var notes = _directory.File("notes.txt");
        await File.WriteAllTextAsync(notes, "Liner notes: recorded live in one take.\n");

        var rejection = await Assert.ThrowsAsync<UnsupportedAudioException>(() => _probe.ProbeAsync(notes));

        Assert.Contains("Invalid data", rejection.Message);
        Assert.DoesNotContain(notes, rejection.Message);
    }

    [Fact]
    public async Task Truncated_ogg_is_rejected_with_a_reason()
    {
        var clip = await TestMedia.MusicLikeClipAsync(_directory.Path, TimeSpan.FromSeconds(3));
        var ogg = await TestMedia.EncodeAsync(clip, _directory.File("clip.ogg"), "-c:a", "libvorbis");
        var truncated = _directory.File("truncated.ogg");
        await File.WriteAllBytesAsync(truncated, (await File.ReadAllBytesAsync(ogg))[..3000]);

        var rejection = await Assert.ThrowsAsync<UnsupportedAudioException>(() => _probe.ProbeAsync(truncated));

        Assert.False(string.IsNullOrWhiteSpace(rejection.Message));
    }

    [Fact]
    public async Task Wav_with_a_header_and_no_samples_is_rejected()
    {
        var clip = await TestMedia.MusicLikeClipAsync(_directory.Path, TimeSpan.FromSeconds(1));
        var headerOnly = _directory.File("header-only.wav");
        await File.WriteAllBytesAsync(headerOnly, (await File.ReadAllBytesAsync(clip))[..44]);

        await Assert.ThrowsAsync<UnsupportedAudioException>(() => _probe.ProbeAsync(headerOnly));
    }

    [Fact]
    public async Task Image_without_audio_is_rejected_for_having_no_audio_stream()
    {
        var image = _directory.File("cover.png");
        await TestMedia.Tools.RunFfmpegAsync(
            ["-v", "error", "-f", "lavfi", "-i", "color=color=red:size=16x16", "-frames:v", "1", image]);

        var rejection = await Assert.ThrowsAsync<UnsupportedAudioException>(() => _probe.ProbeAsync(image));

        Assert.Equal("The file has no audio stream.", rejection.Message);
    }

    public void Dispose() => _directory.Dispose();
}
