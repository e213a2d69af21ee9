namespace Spotify.Media.Storage;

public sealed class BlobNotFoundException(string path, Exception? innerException = null)
    : Exception($"There is no blob at '{path}'.", innerException)
{
    public string Path { get; } = path;
}
