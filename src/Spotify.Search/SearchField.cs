namespace Spotify.Search;

/// <summary>The texts of a document a word can be found in.</summary>
[Flags]
internal enum SearchField
{
    None = 0,
    Name = 1,
    Artist = 2,
    Album = 4,
    Genre = 8,

    /// <summary>Where a word of the free text may match.</summary>
    FreeText = Name | Artist | Album,
}
