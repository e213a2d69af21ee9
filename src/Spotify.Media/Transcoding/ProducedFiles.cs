namespace Spotify.Media.Transcoding;

/// <summary>The list of files written under an output directory, in the order they were finished.</summary>
internal sealed class ProducedFiles(string outputDirectory)
{
    private readonly List<ProducedFile> _files = [];

    public IReadOnlyList<ProducedFile> All => _files;

    public ProducedFile Add(string path)
    {
        var file = new ProducedFile(RelativePath(path), ContentTypes.Of(path), new FileInfo(path).Length);
        _files.Add(file);
        return file;
    }

    public string RelativePath(string path) => Path.GetRelativePath(outputDirectory, path).Replace('\\', '/');
}
