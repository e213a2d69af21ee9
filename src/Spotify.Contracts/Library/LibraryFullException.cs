namespace Spotify.Contracts.Library;

/// <summary>Adding would take a library shelf past its capacity; nothing was added.</summary>
[GenerateSerializer, Alias("spotify.library.LibraryFullException")]
public sealed class LibraryFullException : Exception
{
    public LibraryFullException()
    {
    }

    public LibraryFullException(string message)
        : base(message)
    {
    }

    public LibraryFullException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LibraryFullException(LibraryShelf shelf, int capacity)
        : base($"The library's {shelf} shelf holds at most {capacity} items")
    {
    }
}
