using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Listening;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;

namespace Spotify.Gateway.Api;

/// <summary>
/// What the user's player is doing, read from the plays it reports. Apps report a play when it
/// ends, so the state is the last reported play: its track, where it stopped (<c>progress_ms</c>)
/// and <c>is_playing</c> false. After <see cref="ActiveFor"/> without a report the player counts
/// as inactive and, as on Spotify when no device is active, the answer is 204 No Content.
/// </summary>
public static class PlaybackStateApi
{
    public static readonly TimeSpan ActiveFor = TimeSpan.FromMinutes(30);

    public static IEndpointRouteBuilder MapPlaybackStateApi(this IEndpointRouteBuilder routes)
    {
        var player = routes.MapGroup("/v1/me/player").WithTags("Player");
        player.MapGet("/", GetPlaybackStateAsync).WithName("get-information-about-the-users-current-playback")
            .WithSummary("Get the playback state from the last reported play; 204 when none in the last 30 minutes")
            .RequireUserScope(SpotifyScopes.UserReadPlaybackState);
        player.MapGet("/currently-playing", GetCurrentlyPlayingAsync).WithName("get-the-users-currently-playing-track")
            .WithSummary("Get the track of the last reported play; 204 when none in the last 30 minutes")
            .RequireUserScope(SpotifyScopes.UserReadCurrentlyPlaying);
        return routes;
    }

    public static async Task<Results<Ok<PlaybackStateObject>, NoContent>> GetPlaybackStateAsync(
        ClaimsPrincipal caller, IGrainFactory grains, ApiUrls urls, TimeProvider time)
    {
        if (await ActivePlayAsync(caller, grains, time) is not { } play)
        {
            return TypedResults.NoContent();
        }
        var item = await ItemAsync(play, grains, urls);
        return TypedResults.Ok(new PlaybackStateObject(
            DeviceObject.ReportingApp, "off", play.Shuffle, ContextObject.FromUri(play.ContextUri, urls),
            play.EndedAt.ToUnixTimeMilliseconds(), play.MsPlayed, IsPlaying: false, item, "track", PlaybackActionsObject.NoneAllowed));
    }

    public static async Task<Results<Ok<CurrentlyPlayingObject>, NoContent>> GetCurrentlyPlayingAsync(
        ClaimsPrincipal caller, IGrainFactory grains, ApiUrls urls, TimeProvider time)
    {
        if (await ActivePlayAsync(caller, grains, time) is not { } play)
        {
            return TypedResults.NoContent();
        }
        var item = await ItemAsync(play, grains, urls);
        return TypedResults.Ok(new CurrentlyPlayingObject(
            ContextObject.FromUri(play.ContextUri, urls), play.EndedAt.ToUnixTimeMilliseconds(), play.MsPlayed,
            IsPlaying: false, item, "track", PlaybackActionsObject.NoneAllowed));
    }

    private static async Task<ListeningEvent?> ActivePlayAsync(ClaimsPrincipal caller, IGrainFactory grains, TimeProvider time)
    {
        var play = await grains.GetGrain<IPlayerGrain>(SpotifyClaims.RequiredUserId(caller)).GetLastPlayAsync();
        return play is not null && time.GetUtcNow() - play.EndedAt <= ActiveFor ? play : null;
    }

    private static async Task<TrackObject?> ItemAsync(ListeningEvent play, IGrainFactory grains, ApiUrls urls) =>
        await grains.GetGrain<ITrackGrain>(play.TrackId).GetAsync() is { } track ? CatalogObjects.Track(track, urls) : null;
}
