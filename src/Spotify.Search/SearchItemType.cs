namespace Spotify.Search;

/// <summary>The kinds of item a search can return; the values are stored, so never renumber them.</summary>
public enum SearchItemType
{
    Track = 1,
    Album = 2,
    Artist = 3,
    Playlist = 4,
}
