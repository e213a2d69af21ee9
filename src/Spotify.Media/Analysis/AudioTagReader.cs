namespace Spotify.Media.Analysis;

/// <summary>
/// Reads an audio file's own tags with TagLib# to fill metadata an upload does not give. TagLib#
/// picks the tag format from the file name's extension.
/// </summary>
public static class AudioTagReader
{
    /// <summary>
    /// The file's tags, or <see cref="AudioTags.None"/> when TagLib# does not know the format or cannot
    /// parse the file: whether the file is audio at all is for <see cref="AudioProbe"/> to say.
    /// </summary>
    public static AudioTags Read(string path)
    {
        // Opened here so that a missing or unreadable file is an error, not a file without tags.
        using var stream = File.OpenRead(path);
        TagLib.File file;
        try
        {
            file = TagLib.File.Create(new OpenedFile(path, stream));
        }
        catch (Exception unparsable) when (unparsable is not OutOfMemoryException)
        {
            // Besides its own UnsupportedFormat and CorruptFile exceptions, TagLib#'s parsers throw
            // whatever damaged data leads them to (ArgumentOutOfRange, KeyNotFound, Overflow…): all of
            // them mean the same, that this file's tags cannot be read.
            return AudioTags.None;
        }
        using (file)
        {
            var tag = file.Tag;
            string[] artists = [.. tag.Performers.Where(artist => !string.IsNullOrWhiteSpace(artist))];
            return new AudioTags(
                Title: Text(tag.Title),
                Artists: artists.Length == 0 ? null : artists,
                Album: Text(tag.Album),
                Year: Number(tag.Year),
                TrackNumber: Number(tag.Track),
                DiscNumber: Number(tag.Disc),
                Duration: file.Properties?.Duration is { } duration && duration > TimeSpan.Zero ? duration : null,
                Isrc: Isrc(file));
        }
    }

    /// <summary>
    /// TagLib# 2.3's <c>Tag.ISRC</c> reads neither a Vorbis comment nor ID3v2's frames, so they are
    /// asked for by name: the <c>ISRC</c> comment, the <c>TSRC</c> frame, or the <c>TXXX:ISRC</c>
    /// frame that ffmpeg and others write.
    /// </summary>
    private static string? Isrc(TagLib.File file)
    {
        if (Text(file.Tag.ISRC) is { } isrc)
        {
            return isrc;
        }
        if (file.GetTag(TagLib.TagTypes.Xiph) is TagLib.Ogg.XiphComment comment)
        {
            return Text(comment.GetFirstField("ISRC"));
        }
        return file.GetTag(TagLib.TagTypes.Id3v2) is TagLib.Id3v2.Tag id3
            ? Text(TagLib.Id3v2.TextInformationFrame.Get(id3, "TSRC", create: false)?.Text.FirstOrDefault())
                ?? Text(TagLib.Id3v2.UserTextInformationFrame.Get(id3, "ISRC", create: false)?.Text.FirstOrDefault())
            : null;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int? Number(uint value) => value == 0 ? null : (int)value;

    /// <summary>The file as TagLib# reads it; it picks the format from <see cref="Name"/>'s extension.</summary>
    private sealed class OpenedFile(string name, Stream stream) : TagLib.File.IFileAbstraction
    {
        public string Name => name;

        public Stream ReadStream => stream;

        public Stream WriteStream => throw new NotSupportedException("Tags are only read.");

        public void CloseStream(Stream closing) => closing.Dispose();
    }
}
