namespace Spotify.Contracts.Catalog;

/// <summary>How an album relates to an artist, as <c>include_groups</c> filters an artist's albums.</summary>
[GenerateSerializer, Alias("spotify.catalog.AlbumGroup")]
public enum AlbumGroup
{
    Album,
    Single,
    Compilation,

    /// <summary>Another artist's album that this artist plays on.</summary>
    AppearsOn,
}
