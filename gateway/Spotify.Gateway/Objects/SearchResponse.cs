using System.Text.Json.Serialization;

namespace Spotify.Gateway.Objects;

/// <summary>The result of a search: one paging object for each type asked for, and no others.</summary>
public sealed record SearchResponse(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PagingObject<TrackObject>? Tracks,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PagingObject<ArtistObject>? Artists,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PagingObject<SimplifiedAlbumObject>? Albums,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PagingObject<SimplifiedPlaylistObject>? Playlists);
