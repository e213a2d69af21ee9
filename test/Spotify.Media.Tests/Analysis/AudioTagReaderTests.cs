using Spotify.Media.Analysis;

namespace Spotify.Media.Tests.Analysis;

public sealed class AudioTagReaderTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task Tags_written_by_ffmpeg_are_read_back()
    {
        var clip = await TestMedia.MusicLikeClipAsync(_directory.Path, TimeSpan.FromSeconds(2));
        var tagged = await TestMedia.EncodeAsync(
            clip, _directory.File("tagged.ogg"), "-c:a", "libvorbis",
            "-metadata", "title=Pärt: Spiegel im Spiegel", "-metadata", "artist=Arvo Pärt",
            "-metadata", "album=Alina", "-metadata", "date=1999", "-metadata", "track=2", "-metadata", "disc=1",
            "-metadata", "ISRC=EEA019900002");

        var tags = AudioTagReader.Read(tagged);

        Assert.Equal("Pärt: Spiegel im Spiegel", tags.Title);
        Assert.Equal(["Arvo Pärt"], tags.Artists!);
        Assert.Equal("Alina", tags.Album);
        Assert.Equal(1999, tags.Year);
        Assert.Equal(2, tags.TrackNumber);
        Assert.Equal(1, tags.DiscNumber);
        Assert.Equal(2, tags.Duration!.Value.TotalSeconds, tolerance: 0.1);
        Assert.Equal("EEA019900002", tags.Isrc);
    }

    [Fact]
    public async Task The_isrc_of_an_mp3_is_read_from_its_id3v2_frame()
    {
        var clip = await TestMedia.MusicLikeClipAsync(_directory.Path, TimeSpan.FromSeconds(1));
        var tagged = await TestMedia.EncodeAsync(clip, _directory.File("tagged.mp3"), "-c:a", "libmp3lame", "-metadata", "ISRC=USRC17607839");

        Assert.Equal("USRC17607839", AudioTagReader.Read(tagged).Isrc);
    }

    [Fact]
    public async Task Missing_tags_are_null()
    {
        var clip = await TestMedia.MusicLikeClipAsync(_directory.Path, TimeSpan.FromSeconds(2));
        var untagged = await TestMedia.EncodeAsync(clip, _directory.File("untagged.ogg"), "-c:a", "libvorbis", "-map_metadata", "-1");

        var tags = AudioTagReader.Read(untagged);

        Assert.Equal(AudioTags.None with { Duration = tags.Duration }, tags);
        Assert.NotNull(tags.Duration);
    }

    [Theory]
    [InlineData("notes.mp3")]
    [InlineData("notes.ogg")]
    [InlineData("notes.txt")]
    public async Task File_taglib_cannot_parse_gives_no_tags(string name)
    {
        var path = _directory.File(name);
        await File.WriteAllTextAsync(path, "Liner notes, not audio.\n");

        Assert.Equal(AudioTags.None, AudioTagReader.Read(path));
    }

    public void Dispose() => _directory.Dispose();
}
