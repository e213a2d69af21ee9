using Spotify.Media.Analysis;
using Spotify.Media.Encryption;
using Spotify.Media.Publishing;
using Spotify.Media.Storage;

namespace Spotify.Media.Tests.Publishing;

public sealed class TrackVersionBuilderTests : IDisposable
{
    private const string KeyUri = "/v1/tracks/track1/key";

    private readonly TemporaryDirectory _directory = new();
    private readonly LocalFolderBlobStore _store;

    public TrackVersionBuilderTests() => _store = new LocalFolderBlobStore(Path.Combine(_directory.Path, "blobs"));

    [Fact]
    public async Task A_built_version_has_every_file_uploaded_under_its_folder_and_says_what_was_measured()
    {
        var clip = await TestMedia.MusicLikeClipAsync(_directory.Path, TimeSpan.FromSeconds(8));
        var progress = new RecordingProgress();

        var built = await new TrackVersionBuilder(TestMedia.Tools, _store)
            .BuildAsync(clip, "track1", "v1", ContentKey.Generate(), KeyUri, progress);

        var stored = await _store.ListAsync("tracks/track1/v1").ToListAsync();
        Assert.Equal(8, built.Duration.TotalSeconds, tolerance: 0.1);
        Assert.InRange(built.Loudness.IntegratedLufs, -40, 0);
        Assert.Equal([96, 160, 320], built.Renditions.Select(rendition => rendition.BitrateKbps));
        foreach (var rendition in built.Renditions)
        {
            Assert.Equal("vorbis", rendition.Codec);
            Assert.Equal(rendition.Bytes, stored.Single(blob => blob.Path == rendition.BlobPath).Length);
            Assert.Equal(32, rendition.InitialCounter.Length);
        }
        Assert.Equal("tracks/track1/v1/hls/master.m3u8", built.HlsMasterPath);
        Assert.Contains(stored, blob => blob.Path == built.HlsMasterPath && blob.ContentType == "application/vnd.apple.mpegurl");
        Assert.Contains(stored, blob => blob.Path.EndsWith("/seg_00000.m4s", StringComparison.Ordinal));
        Assert.Equal(1, progress.Values[^1]);
        Assert.Equal(progress.Values.Order(), progress.Values);
    }

    [Fact]
    public async Task A_rebuilt_version_holds_only_the_new_files()
    {
        await _store.PutAsync("tracks/track1/v2/ogg/left-over.ogg", new MemoryStream([1, 2, 3]), "audio/ogg");
        var clip = await TestMedia.MusicLikeClipAsync(_directory.Path, TimeSpan.FromSeconds(3));

        await new TrackVersionBuilder(TestMedia.Tools, _store).BuildAsync(clip, "track1", "v2", ContentKey.Generate(), KeyUri);

        Assert.False(await _store.ExistsAsync("tracks/track1/v2/ogg/left-over.ogg"));
        Assert.True(await _store.ExistsAsync("tracks/track1/v2/ogg/160.ogg"));
    }

    [Fact]
    public async Task A_file_that_is_not_audio_fails_the_build_and_leaves_nothing_behind()
    {
        await _store.PutAsync("tracks/track1/v3/ogg/earlier-attempt.ogg", new MemoryStream([1, 2, 3]), "audio/ogg");
        var notes = _directory.File("notes.mp3");
        await File.WriteAllTextAsync(notes, "Liner notes, not audio.\n");

        await Assert.ThrowsAsync<UnsupportedAudioException>(() =>
            new TrackVersionBuilder(TestMedia.Tools, _store).BuildAsync(notes, "track1", "v3", ContentKey.Generate(), KeyUri));

        Assert.Empty(await _store.ListAsync("tracks/track1/v3").ToListAsync());
    }

    public void Dispose() => _directory.Dispose();
}
