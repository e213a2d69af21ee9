using Spotify.Media.Analysis;
using Spotify.Media.Encryption;
using Spotify.Media.Transcoding;

namespace Spotify.Media.Tests.Transcoding;

[Collection(TranscodedTrackCollection.Name)]
public sealed class TrackTranscoderTests(TranscodedTrackFixture fixture)
{
    [Fact]
    public void Every_file_written_is_listed_once_with_its_length_and_content_type()
    {
        var written = Directory.GetFiles(fixture.OutputDirectory, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(fixture.OutputDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(written, fixture.Track.Files.Select(file => file.RelativePath).Order(StringComparer.Ordinal));
        Assert.All(fixture.Track.Files, file =>
        {
            Assert.Equal(new FileInfo(fixture.PathOf(file.RelativePath)).Length, file.Length);
            Assert.Equal(
                Path.GetExtension(file.RelativePath) switch
                {
                    ".ogg" => "audio/ogg",
                    ".m3u8" => "application/vnd.apple.mpegurl",
                    _ => "audio/mp4",
                },
                file.ContentType);
        });
        // Three Ogg files, a master playlist, and per variant a playlist, an init segment and four segments of 20 s.
        Assert.Equal(3 + 1 + 3 * (1 + 1 + 4), fixture.Track.Files.Count);
    }

    [Fact]
    public void Source_is_described_by_the_probe()
    {
        Assert.Equal(("wav", "pcm_s16le", 44_100, 2), (fixture.Track.Source.Container, fixture.Track.Source.Codec, fixture.Track.Source.SampleRate, fixture.Track.Source.Channels));
        Assert.Equal(TranscodedTrackFixture.ClipDuration.TotalSeconds, fixture.Track.Source.Duration.TotalSeconds, tolerance: 0.1);
    }

    [Fact]
    public void Progress_rises_to_one()
    {
        Assert.NotEmpty(fixture.Progress);
        Assert.All(fixture.Progress.Zip(fixture.Progress.Skip(1)), pair => Assert.True(pair.Second >= pair.First, $"{pair.First} then {pair.Second}"));
        Assert.InRange(fixture.Progress[0], 0, 1);
        Assert.Equal(1, fixture.Progress[^1]);
    }

    [Fact]
    public async Task Text_file_is_rejected_before_anything_is_transcoded()
    {
        using var directory = new TemporaryDirectory();
        var notes = directory.File("notes.txt");
        await File.WriteAllTextAsync(notes, "not audio");
        var output = directory.File("out");

        await Assert.ThrowsAsync<UnsupportedAudioException>(() =>
            new TrackTranscoder(TestMedia.Tools).TranscodeAsync(notes, output, ContentKey.Generate(), "/key"));

        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Cancelling_stops_the_transcoding()
    {
        using var directory = new TemporaryDirectory();
        var clip = await TestMedia.MusicLikeClipAsync(directory.Path, TimeSpan.FromSeconds(20));
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new TrackTranscoder(TestMedia.Tools).TranscodeAsync(
            clip, directory.File("out"), ContentKey.Generate(), "/key", new CancelOnFirstReport(cancellation), cancellation.Token));
    }

    private sealed class CancelOnFirstReport(CancellationTokenSource cancellation) : IProgress<double>
    {
        public void Report(double value) => cancellation.Cancel();
    }
}
