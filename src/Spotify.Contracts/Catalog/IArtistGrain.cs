using System.Collections.Immutable;

namespace Spotify.Contracts.Catalog;

/// <summary>One catalog artist, keyed by its base62 id, with its albums and tracks ranked by popularity.</summary>
[Alias("spotify.catalog.IArtistGrain")]
public interface IArtistGrain : IGrainWithStringKey
{
    /// <summary>The artist, or null when no artist has this id.</summary>
    [Alias("GetAsync")]
    Task<ArtistDetails?> GetAsync();

    [Alias("UpsertAsync")]
    Task UpsertAsync(ArtistDetails artist);

    /// <summary>Adds albums the artist made or appears on, replacing those already listed under the same id.</summary>
    [Alias("ListAlbumsAsync")]
    Task ListAlbumsAsync(ImmutableArray<AlbumRef> albums);

    /// <summary>The artist's albums in the given groups, newest first.</summary>
    [Alias("GetAlbumsAsync")]
    Task<ArtistAlbumPage> GetAlbumsAsync(ImmutableArray<AlbumGroup> groups, int offset, int limit);

    /// <summary>Adds or re-ranks the artist's tracks.</summary>
    [Alias("RankTracksAsync")]
    Task RankTracksAsync(ImmutableArray<RankedTrack> tracks);

    /// <summary>The ids of the artist's most popular tracks, most popular first.</summary>
    [Alias("GetTopTrackIdsAsync")]
    Task<ImmutableArray<string>> GetTopTrackIdsAsync(int count);
}
