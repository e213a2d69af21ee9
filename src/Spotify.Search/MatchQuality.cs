namespace Spotify.Search;

/// <summary>How well an item's name answers the free text of a query; higher is better.</summary>
public enum MatchQuality
{
    /// <summary>A word was only found through a spelling correction.</summary>
    Corrected = 0,

    /// <summary>Every word matched, some only in the artist or album text.</summary>
    Elsewhere = 1,

    /// <summary>Every word matched a word of the name.</summary>
    InName = 2,

    /// <summary>The name starts with the query's words.</summary>
    NamePrefix = 3,

    /// <summary>The name is the query's words.</summary>
    ExactName = 4,
}
