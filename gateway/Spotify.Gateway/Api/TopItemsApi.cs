using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Listening;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;
using Spotify.Gateway.Paging;

namespace Spotify.Gateway.Api;

/// <summary>The user's most played tracks and artists: <c>/v1/me/top/{tracks|artists}</c>.</summary>
public static class TopItemsApi
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 50;

    private static readonly Dictionary<string, TimeRange> Ranges = new(StringComparer.Ordinal)
    {
        ["short_term"] = TimeRange.ShortTerm,
        ["medium_term"] = TimeRange.MediumTerm,
        ["long_term"] = TimeRange.LongTerm,
    };

    public static IEndpointRouteBuilder MapTopItemsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1/me/top/{type}", GetTopItemsAsync)
            .WithTags("Personalization")
            .WithName("get-users-top-artists-and-tracks")
            .WithSummary("Get the user's top tracks or artists; time_range short_term (about 4 weeks), medium_term (about 6 months, the default) or long_term")
            .RequireUserScope(SpotifyScopes.UserTopRead);
        return routes;
    }

    public static async Task<Results<Ok<PagingObject<TrackObject>>, Ok<PagingObject<ArtistObject>>, ApiError>> GetTopItemsAsync(
        string type, [FromQuery(Name = "time_range")] string? timeRange, string? limit, string? offset, ClaimsPrincipal caller, IGrainFactory grains, ApiUrls urls)
    {
        if (type is not ("tracks" or "artists"))
        {
            return ApiError.BadRequest("type must be tracks or artists");
        }
        var range = TimeRange.MediumTerm;
        if (timeRange is not null && !Ranges.TryGetValue(timeRange, out range))
        {
            return ApiError.BadRequest("time_range must be short_term, medium_term or long_term");
        }
        if (!PageRequest.TryRead(limit, offset, DefaultLimit, MaxLimit, out var page, out var error))
        {
            return ApiError.BadRequest(error);
        }

        var history = grains.GetGrain<IListeningHistoryGrain>(SpotifyClaims.RequiredUserId(caller));
        var kind = type == "tracks" ? TopItemKind.Tracks : TopItemKind.Artists;
        var top = await history.GetTopAsync(kind, range, page.Offset, page.Limit);
        var path = $"/v1/me/top/{type}";
        var filters = $"time_range={Ranges.First(entry => entry.Value == range).Key}";
        if (kind == TopItemKind.Tracks)
        {
            var tracks = await Task.WhenAll(top.Items.Select(item => grains.GetGrain<ITrackGrain>(item.Id).GetAsync()));
            var objects = tracks.OfType<TrackDetails>().Select(track => CatalogObjects.Track(track, urls)).ToList();
            return TypedResults.Ok(PagingLinks.Create(urls, path, page, top.Total, objects, filters));
        }
        var artists = await Task.WhenAll(top.Items.Select(item => grains.GetGrain<IArtistGrain>(item.Id).GetAsync()));
        var artistObjects = artists.OfType<ArtistDetails>().Select(artist => CatalogObjects.Artist(artist, urls)).ToList();
        return TypedResults.Ok(PagingLinks.Create(urls, path, page, top.Total, artistObjects, filters));
    }
}
