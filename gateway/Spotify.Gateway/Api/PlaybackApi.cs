using Microsoft.AspNetCore.Http.HttpResults;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Errors;

namespace Spotify.Gateway.Api;

/// <summary>Playing a track's audio: the content key its encrypted renditions need (scope <c>streaming</c>).</summary>
public static class PlaybackApi
{
    public static IEndpointRouteBuilder MapPlaybackApi(this IEndpointRouteBuilder routes)
    {
        var track = routes.MapGroup("/v1/tracks/{id}").WithTags("Playback");
        track.MapGet("/key", GetContentKeyAsync).WithName("get-track-content-key")
            .WithSummary("Get the 16-byte AES-128 key of the track's encrypted audio (the HLS EXT-X-KEY URI)")
            .RequireUserScope(SpotifyScopes.Streaming);
        return routes;
    }

    public static async Task<Results<FileContentHttpResult, ApiError>> GetContentKeyAsync(string id, IGrainFactory grains, HttpResponse response)
    {
        if (!SpotifyId.IsValid(id))
        {
            return ApiError.BadRequest("Invalid base62 id");
        }
        var key = await grains.GetGrain<ITrackGrain>(id).GetContentKeyAsync();
        if (key.IsEmpty)
        {
            return ApiError.NotFound($"No published audio for '{SpotifyUri.Track(id)}'");
        }
        // A key is for this user's player only: no shared cache may keep it.
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.Bytes(key.ToArray(), "application/octet-stream");
    }
}
