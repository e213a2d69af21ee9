using System.Collections.Immutable;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Listening;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Gateway.Listening;
using Spotify.Gateway.Objects;
using Spotify.Gateway.Paging;

namespace Spotify.Gateway.Api;

/// <summary>The player: plays reported by the user's apps, and what the user played lately.</summary>
public static class PlayerApi
{
    public const int MaxEventsPerBatch = 50;
    public const int DefaultRecentLimit = 20;
    private const int MaxProblemsReported = 10;
    private const string RecentlyPlayedPath = "/v1/me/player/recently-played";

    public static IEndpointRouteBuilder MapPlayerApi(this IEndpointRouteBuilder routes)
    {
        var player = routes.MapGroup("/v1/me/player").WithTags("Player");
        player.MapPost("/events", ReportPlaysAsync).WithName("report-play-events")
            .WithSummary("Report up to 50 plays {event_id, track_uri, context_uri, started_at, ms_played, reason_end, shuffle}; a repeated event_id is not counted again")
            .RequireUserScope(SpotifyScopes.UserModifyPlaybackState);
        player.MapGet("/recently-played", GetRecentlyPlayedAsync).WithName("get-recently-played")
            .WithSummary("Get the user's last 50 played tracks, newest first, with cursors after and before (Unix ms)")
            .RequireUserScope(SpotifyScopes.UserReadRecentlyPlayed);
        return routes;
    }

    public static async Task<Results<Ok<PlayEventsResponse>, ApiError>> ReportPlaysAsync(
        PlayEventsRequest request, ClaimsPrincipal caller, IGrainFactory grains, PlayedTracks playedTracks, TimeProvider time)
    {
        if (request.Events is not { Count: > 0 and <= MaxEventsPerBatch } items)
        {
            return ApiError.BadRequest($"events: an array of 1 to {MaxEventsPerBatch} play events is required");
        }
        var userId = SpotifyClaims.RequiredUserId(caller);
        var now = time.GetUtcNow();
        var rejected = new List<RejectedEventObject>();
        var plays = new List<(int Index, ReportedPlay Play)>();
        for (var index = 0; index < items.Count; index++)
        {
            if (PlayEventReader.TryRead(items[index], now, out var play, out var reason))
            {
                plays.Add((index, play));
            }
            else
            {
                rejected.Add(new RejectedEventObject(index, EventIdOf(items[index]), reason));
            }
        }

        var trackIds = plays.Select(entry => entry.Play.TrackId).Distinct().ToList();
        var found = await Task.WhenAll(trackIds.Select(playedTracks.GetAsync));
        var tracks = found.OfType<TrackDetails>().ToDictionary(track => track.Id);
        var events = ImmutableArray.CreateBuilder<ListeningEvent>();
        foreach (var (index, play) in plays)
        {
            if (tracks.TryGetValue(play.TrackId, out var track))
            {
                events.Add(ToEvent(userId, play, track));
            }
            else
            {
                rejected.Add(new RejectedEventObject(index, play.EventId, $"track_uri: non existing id '{SpotifyUri.Track(play.TrackId)}'"));
            }
        }
        rejected.Sort((first, second) => first.Index.CompareTo(second.Index));
        if (events.Count == 0)
        {
            var reasons = rejected.Take(MaxProblemsReported).Select(item => $"events[{item.Index}].{item.Reason}");
            return ApiError.BadRequest($"No event was accepted: {string.Join("; ", reasons)}");
        }

        var isNew = await grains.GetGrain<IPlayerGrain>(userId).ReportAsync(events.ToImmutable());
        var accepted = isNew.Count(value => value);
        return TypedResults.Ok(new PlayEventsResponse(accepted, isNew.Length - accepted, rejected));
    }

    public static async Task<Results<Ok<CursorPagingObject<PlayHistoryObject>>, ApiError>> GetRecentlyPlayedAsync(
        string? limit, string? after, string? before, ClaimsPrincipal caller, IGrainFactory grains, ApiUrls urls)
    {
        if (!PageRequest.TryRead(limit, offset: null, DefaultRecentLimit, IListeningHistoryGrain.MaxRecentPlays, out var page, out var error))
        {
            return ApiError.BadRequest(error);
        }
        if (after is not null && before is not null)
        {
            return ApiError.BadRequest("Give only one of after and before");
        }
        if (!TryReadCursor(after, out var afterTime) || !TryReadCursor(before, out var beforeTime))
        {
            return ApiError.BadRequest("Invalid cursor: after and before are Unix timestamps in milliseconds");
        }

        var userId = SpotifyClaims.RequiredUserId(caller);
        var matching = await grains.GetGrain<IListeningHistoryGrain>(userId)
            .GetRecentlyPlayedAsync(afterTime, beforeTime, IListeningHistoryGrain.MaxRecentPlays);
        var shown = matching.Take(page.Limit).ToList();
        var trackIds = shown.Select(play => play.TrackId).Distinct().ToList();
        var found = await Task.WhenAll(trackIds.Select(id => grains.GetGrain<ITrackGrain>(id).GetAsync()));
        var tracks = found.OfType<TrackDetails>().ToDictionary(track => track.Id, track => CatalogObjects.Track(track, urls));
        var items = shown.Where(play => tracks.ContainsKey(play.TrackId))
            .Select(play => new PlayHistoryObject(tracks[play.TrackId], Timestamps.Format(play.PlayedAt), ContextObject.FromUri(play.ContextUri, urls)))
            .ToList();

        var query = after is not null ? $"after={after}" : before is not null ? $"before={before}" : "";
        string Link(string cursor) => urls.Absolute($"{RecentlyPlayedPath}?{cursor}{(cursor.Length > 0 ? "&" : "")}limit={page.Limit}");
        var cursors = shown.Count == 0
            ? new CursorsObject(null, null)
            : new CursorsObject(Milliseconds(shown[0].PlayedAt), Milliseconds(shown[^1].PlayedAt));
        var next = matching.Length > shown.Count ? Link($"before={cursors.Before}") : null;
        return TypedResults.Ok(new CursorPagingObject<PlayHistoryObject>(Link(query), items, page.Limit, next, cursors, matching.Length));
    }

    private static ListeningEvent ToEvent(string userId, ReportedPlay play, TrackDetails track) => new(
        play.EventId,
        userId,
        track.Id,
        track.Album.Id,
        [.. track.Artists.Select(artist => artist.Id)],
        track.DurationMs,
        play.ContextUri,
        play.StartedAt,
        play.MsPlayed,
        play.ReasonEnd,
        play.Shuffle);

    private static string? EventIdOf(System.Text.Json.JsonElement item) =>
        item.ValueKind == System.Text.Json.JsonValueKind.Object
        && item.TryGetProperty("event_id", out var id)
        && id.ValueKind == System.Text.Json.JsonValueKind.String
            ? id.GetString()
            : null;

    private static bool TryReadCursor(string? raw, out DateTimeOffset? time)
    {
        time = null;
        if (raw is null)
        {
            return true;
        }
        if (!long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds) || milliseconds > 253_402_300_799_999)
        {
            return false;
        }
        time = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        return true;
    }

    private static string Milliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}
