using Microsoft.AspNetCore.Http.HttpResults;
using Spotify.Gateway.Auth;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;

namespace Spotify.Gateway.Api;

public static class TracksApi
{
    public const int MaxIdsPerRequest = 50;

    public static IEndpointRouteBuilder MapTracksApi(this IEndpointRouteBuilder routes)
    {
        var tracks = routes.MapGroup("/v1/tracks").WithTags("Tracks").RequireToken();
        tracks.MapGet("/{id}", GetTrackAsync)
            .WithName("get-track")
            .WithSummary("Get a track by its Spotify id");
        tracks.MapGet("/", GetSeveralTracksAsync)
            .WithName("get-several-tracks")
            .WithSummary("Get up to 50 tracks by their Spotify ids");
        return routes;
    }

    public static Task<Results<Ok<TrackObject>, ApiError>> GetTrackAsync(string id, IGrainFactory grains, ApiUrls urls) =>
        ItemLookup.GetAsync(
            id,
            SpotifyUri.Track,
            trackId => grains.GetGrain<ITrackGrain>(trackId).GetAsync(),
            track => CatalogObjects.Track(track, urls));

    public static Task<Results<Ok<SeveralTracksResponse>, ApiError>> GetSeveralTracksAsync(
        string? ids, IGrainFactory grains, ApiUrls urls) =>
        ItemLookup.GetSeveralAsync(
            ids,
            MaxIdsPerRequest,
            trackId => grains.GetGrain<ITrackGrain>(trackId).GetAsync(),
            track => CatalogObjects.Track(track, urls),
            tracks => new SeveralTracksResponse(tracks));
}
