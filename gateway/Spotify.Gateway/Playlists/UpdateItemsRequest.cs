namespace Spotify.Gateway.Playlists;

/// <summary>
/// The body of <c>PUT /v1/playlists/{id}/tracks</c>: either <c>uris</c> to replace every item, or
/// a reorder (<c>range_start</c>, <c>insert_before</c>, <c>range_length</c>, <c>snapshot_id</c>).
/// </summary>
public sealed record UpdateItemsRequest(
    IReadOnlyList<string>? Uris,
    int? RangeStart,
    int? InsertBefore,
    int? RangeLength,
    string? SnapshotId);
