using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;

namespace Spotify.Gateway.Api;

/// <summary>Playing a track's audio (scope <c>streaming</c>): signed URLs of its encrypted files, and the key that decrypts them.</summary>
public static class PlaybackApi
{
    // For this user's player only: no shared cache may keep a key or a user's signed URLs.
    private const string PrivateNoStore = "private, no-store";

    public static IEndpointRouteBuilder MapPlaybackApi(this IEndpointRouteBuilder routes)
    {
        var track = routes.MapGroup("/v1/tracks/{id}").WithTags("Playback");
        track.MapGet("/playback", GetPlaybackAsync).WithName("get-track-playback")
            .WithSummary("Get signed URLs of the track's encrypted audio for this user (Ogg renditions with their AES-128-CTR initial counters, the HLS master playlist), the key URL and when the URLs expire")
            .RequireUserScope(SpotifyScopes.Streaming);
        track.MapGet("/key", GetContentKeyAsync).WithName("get-track-content-key")
            .WithSummary("Get the 16-byte AES-128 key of the track's encrypted audio (the HLS EXT-X-KEY URI)")
            .RequireUserScope(SpotifyScopes.Streaming);
        return routes;
    }

    public static async Task<Results<Ok<PlaybackObject>, ApiError>> GetPlaybackAsync(
        string id, ClaimsPrincipal caller, IGrainFactory grains, ApiUrls urls, MediaUrls media, HttpResponse response)
    {
        if (!SpotifyId.IsValid(id))
        {
            return ApiError.BadRequest("Invalid base62 id");
        }
        if (await grains.GetGrain<ITrackGrain>(id).GetAudioAsync() is not { } audio)
        {
            return ApiError.NotFound($"No published audio for '{SpotifyUri.Track(id)}'");
        }
        var userId = SpotifyClaims.RequiredUserId(caller);
        response.Headers.CacheControl = PrivateNoStore;
        return TypedResults.Ok(PlaybackObject.From(id, audio, path => media.Sign(path, userId), urls.Absolute($"/v1/tracks/{id}/key")));
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
        response.Headers.CacheControl = PrivateNoStore;
        return TypedResults.Bytes(key.ToArray(), "application/octet-stream");
    }
}
