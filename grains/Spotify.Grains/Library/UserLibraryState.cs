using Spotify.Contracts.Library;

namespace Spotify.Grains.Library;

[GenerateSerializer, Alias("spotify.grains.UserLibraryState")]
public sealed class UserLibraryState
{
    /// <summary>Each shelf's items, newest first. Shelves the user never used are absent.</summary>
    [Id(0)]
    public Dictionary<LibraryShelf, List<SavedItem>> Shelves { get; set; } = [];
}
