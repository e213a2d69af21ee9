using Microsoft.AspNetCore.Http.HttpResults;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Media;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;

namespace Spotify.Gateway.Api;

/// <summary>Audio ingest for operators (scope <c>catalog:write</c>): the jobs that transcode and publish a track's audio.</summary>
public static class AdminAudioApi
{
    public static IEndpointRouteBuilder MapAdminAudioApi(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/v1/admin").WithTags("Admin").RequireScope(SpotifyScopes.CatalogWrite);
        admin.MapGet("/jobs/{id}", GetJobAsync).WithName("get-audio-job")
            .WithSummary("Get an audio ingest job: status (queued, running, succeeded, failed), progress 0 to 1, attempts, the published version or the error");
        return routes;
    }

    public static async Task<Results<Ok<AudioJobObject>, ApiError>> GetJobAsync(string id, IGrainFactory grains, ApiUrls urls)
    {
        if (!SpotifyId.IsValid(id))
        {
            return ApiError.BadRequest("Invalid base62 id");
        }
        return await grains.GetGrain<IAudioJobGrain>(id).GetAsync() is { } job
            ? TypedResults.Ok(AudioJobObject.From(job, urls.Absolute($"/v1/admin/jobs/{id}")))
            : ApiError.NotFound($"No audio job '{id}'");
    }
}
