using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Playlists;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;
using Spotify.Gateway.Paging;
using Spotify.Gateway.Playlists;

namespace Spotify.Gateway.Api;

/// <summary>A playlist's items at <c>/v1/playlists/{id}/tracks</c> and its newer alias <c>/items</c>.</summary>
public static class PlaylistItemsApi
{
    private const string TracksCollection = "tracks";
    private const string ItemsCollection = "items";

    public static IEndpointRouteBuilder MapPlaylistItemsApi(this IEndpointRouteBuilder routes)
    {
        foreach (var collection in new[] { TracksCollection, ItemsCollection })
        {
            var items = routes.MapGroup($"/v1/playlists/{{id}}/{collection}").WithTags("Playlists");
            var get = collection == TracksCollection ? items.MapGet("/", GetTracksAsync) : items.MapGet("/", GetItemsAsync);
            get.WithName($"get-playlists-{collection}").WithSummary("Get a page of a playlist's items").RequireToken();
            items.MapPost("/", AddItemsAsync).WithName($"add-{collection}-to-playlist")
                .WithSummary("Add up to 100 tracks, at position or at the end").RequireUserScope(SpotifyScopes.PlaylistModifyPublic);
            items.MapDelete("/", RemoveItemsAsync).WithName($"remove-{collection}-playlist")
                .WithSummary("Remove tracks, at given positions or everywhere, optionally only from a snapshot")
                .RequireUserScope(SpotifyScopes.PlaylistModifyPublic);
            items.MapPut("/", UpdateItemsAsync).WithName($"reorder-or-replace-playlists-{collection}")
                .WithSummary("Replace the items (uris) or move a range of them (range_start, insert_before, range_length, snapshot_id)")
                .RequireUserScope(SpotifyScopes.PlaylistModifyPublic);
        }
        return routes;
    }

    public static Task<Results<Ok<PagingObject<PlaylistTrackObject>>, ApiError>> GetTracksAsync(
        string id, string? limit, string? offset, ClaimsPrincipal caller, IGrainFactory grains, ApiUrls urls) =>
        GetPageAsync(id, TracksCollection, limit, offset, caller, grains, urls);

    public static Task<Results<Ok<PagingObject<PlaylistTrackObject>>, ApiError>> GetItemsAsync(
        string id, string? limit, string? offset, ClaimsPrincipal caller, IGrainFactory grains, ApiUrls urls) =>
        GetPageAsync(id, ItemsCollection, limit, offset, caller, grains, urls);

    /// <param name="collection">The path the paging links repeat, as the client asked.</param>
    private static async Task<Results<Ok<PagingObject<PlaylistTrackObject>>, ApiError>> GetPageAsync(
        string id, string collection, string? limit, string? offset, ClaimsPrincipal caller, IGrainFactory grains, ApiUrls urls)
    {
        if (!SpotifyId.IsValid(id))
        {
            return ApiError.BadRequest(IdList.InvalidIdMessage);
        }
        if (!PageRequest.TryRead(limit, offset, PlaylistObjects.DefaultItemLimit, PlaylistObjects.MaxItemLimit, out var page, out var error))
        {
            return ApiError.BadRequest(error);
        }
        var items = await grains.GetGrain<IPlaylistGrain>(id).GetItemsAsync(SpotifyClaims.UserId(caller), page.Offset, page.Limit);
        return TypedResults.Ok(await new PlaylistObjects(grains, urls).ItemsAsync(id, page, items, collection));
    }

    public static async Task<Results<Created<SnapshotResponse>, ApiError>> AddItemsAsync(
        string id,
        [FromQuery(Name = "uris")] string? urisQuery,
        [FromQuery(Name = "position")] int? positionQuery,
        [FromBody] AddItemsRequest? body,
        ClaimsPrincipal caller,
        IGrainFactory grains,
        TimeProvider time)
    {
        var uris = body?.Uris ?? urisQuery?.Split(',');
        if (!SpotifyId.IsValid(id))
        {
            return ApiError.BadRequest(IdList.InvalidIdMessage);
        }
        if (uris is null || uris.Count == 0)
        {
            return ApiError.BadRequest("Give the tracks as uris, in the body or the query");
        }
        if (uris.Count > IPlaylistGrain.MaxItemsPerEdit)
        {
            return ApiError.BadRequest($"At most {IPlaylistGrain.MaxItemsPerEdit} items a request");
        }
        var tracks = await TrackUris.ReadExistingAsync(uris, grains);
        if (tracks.TrackIds is not { } trackIds)
        {
            return ApiError.BadRequest(tracks.Error);
        }
        var snapshot = await grains.GetGrain<IPlaylistGrain>(id).AddItemsAsync(
            SpotifyClaims.RequiredUserId(caller), [.. trackIds], body?.Position ?? positionQuery, time.GetUtcNow());
        return TypedResults.Created((string?)null, new SnapshotResponse(snapshot));
    }

    public static async Task<Results<Ok<SnapshotResponse>, ApiError>> RemoveItemsAsync(
        string id, [FromBody] RemoveItemsRequest? body, ClaimsPrincipal caller, IGrainFactory grains)
    {
        if (!SpotifyId.IsValid(id))
        {
            return ApiError.BadRequest(IdList.InvalidIdMessage);
        }
        if (body?.Tracks is not { Count: > 0 } tracks || tracks.Count > IPlaylistGrain.MaxItemsPerEdit)
        {
            return ApiError.BadRequest($"Give 1 to {IPlaylistGrain.MaxItemsPerEdit} tracks as {{\"tracks\":[{{\"uri\":...}}]}}");
        }
        var removals = ImmutableArray.CreateBuilder<ItemRemoval>(tracks.Count);
        foreach (var track in tracks)
        {
            if (!TrackUris.TryParse(track.Uri, out var trackId))
            {
                return ApiError.BadRequest($"Invalid track uri: '{track.Uri}'");
            }
            removals.Add(new ItemRemoval(trackId, [.. track.Positions ?? []]));
        }
        var snapshot = await grains.GetGrain<IPlaylistGrain>(id).RemoveItemsAsync(
            SpotifyClaims.RequiredUserId(caller), removals.MoveToImmutable(), body.SnapshotId);
        return TypedResults.Ok(new SnapshotResponse(snapshot));
    }

    public static async Task<Results<Ok<SnapshotResponse>, Created<SnapshotResponse>, ApiError>> UpdateItemsAsync(
        string id,
        [FromQuery(Name = "uris")] string? urisQuery,
        [FromBody] UpdateItemsRequest? body,
        ClaimsPrincipal caller,
        IGrainFactory grains,
        TimeProvider time)
    {
        if (!SpotifyId.IsValid(id))
        {
            return ApiError.BadRequest(IdList.InvalidIdMessage);
        }
        var playlist = grains.GetGrain<IPlaylistGrain>(id);
        var callerId = SpotifyClaims.RequiredUserId(caller);
        if (body is { RangeStart: { } rangeStart, InsertBefore: { } insertBefore })
        {
            var snapshot = await playlist.ReorderItemsAsync(callerId, rangeStart, insertBefore, body.RangeLength ?? 1, body.SnapshotId);
            return TypedResults.Ok(new SnapshotResponse(snapshot));
        }
        var uris = body?.Uris ?? urisQuery?.Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (uris is null)
        {
            return ApiError.BadRequest("Give uris to replace the items, or range_start and insert_before to reorder them");
        }
        if (uris.Count > IPlaylistGrain.MaxItemsPerEdit)
        {
            return ApiError.BadRequest($"At most {IPlaylistGrain.MaxItemsPerEdit} items a request");
        }
        var tracks = await TrackUris.ReadExistingAsync(uris, grains);
        if (tracks.TrackIds is not { } trackIds)
        {
            return ApiError.BadRequest(tracks.Error);
        }
        var replaced = await playlist.ReplaceItemsAsync(callerId, [.. trackIds], time.GetUtcNow());
        return TypedResults.Created((string?)null, new SnapshotResponse(replaced));
    }
}
