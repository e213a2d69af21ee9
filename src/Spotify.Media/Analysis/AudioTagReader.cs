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
                Duration: file.Properties?.Duration is { } duration && duration > TimeSpan.Zero ? duration : null);
        }
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
