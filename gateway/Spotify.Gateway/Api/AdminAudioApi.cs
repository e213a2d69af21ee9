using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Media;
using Spotify.Gateway.AudioIngest;
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
        admin.MapPost("/tracks/{id}/audio", UploadAudioAsync).WithName("upload-track-audio")
            .WithSummary("Upload a track's audio (multipart/form-data, part 'file'); 202 with the job that transcodes, encrypts and publishes it");
        admin.MapPost("/audio/imports", ImportFolderAsync).WithName("import-audio-folder")
            .WithSummary("Queue a job for every file of a server folder under the import root, matched to tracks by the ISRC in its tags or by its name");
        admin.MapGet("/jobs/{id}", GetJobAsync).WithName("get-audio-job")
            .WithSummary("Get an audio ingest job: status (queued, running, succeeded, failed), progress 0 to 1, attempts, the published version or the error");
        return routes;
    }

    public static async Task<Results<Accepted<AudioJobObject>, ApiError>> UploadAudioAsync(
        string id,
        HttpRequest request,
        IGrainFactory grains,
        AudioTools tools,
        AudioStaging staging,
        AudioJobs jobs,
        IOptions<AudioIngestOptions> options,
        ApiUrls urls,
        CancellationToken cancellationToken)
    {
        if (!SpotifyId.IsValid(id))
        {
            return ApiError.BadRequest("Invalid base62 id");
        }
        if (tools.MissingReason is { } missing)
        {
            return ApiError.WithStatus(StatusCodes.Status503ServiceUnavailable, missing);
        }
        if (await grains.GetGrain<ITrackGrain>(id).GetAsync() is null)
        {
            return ApiError.NotFound($"No track '{SpotifyUri.Track(id)}' in the catalog: add it with POST /v1/admin/catalog first");
        }

        var jobId = AudioJobs.NewJobId();
        var (staged, status, problem) = await MultipartAudioUpload.StageAsync(
            request, staging, jobId, id, options.Value.MaxUploadBytes, cancellationToken);
        if (staged is null)
        {
            return ApiError.WithStatus(status, problem);
        }
        var (job, notAudio) = await jobs.SubmitAsync(staged, cancellationToken);
        if (job is null)
        {
            return ApiError.WithStatus(StatusCodes.Status422UnprocessableEntity, $"The file is not audio that can be transcoded: {notAudio}");
        }
        var href = urls.Absolute($"/v1/admin/jobs/{jobId}");
        return TypedResults.Accepted(href, AudioJobObject.From(job, href));
    }

    public static async Task<Results<Accepted<AudioImportResponse>, ApiError>> ImportFolderAsync(
        AudioImportRequest request, AudioTools tools, AudioFolderImport import, ApiUrls urls, CancellationToken cancellationToken)
    {
        if (tools.MissingReason is { } missing)
        {
            return ApiError.WithStatus(StatusCodes.Status503ServiceUnavailable, missing);
        }
        AudioImportResult result;
        try
        {
            result = await import.ImportAsync(request.Directory, cancellationToken);
        }
        catch (AudioImportRefusedException refused)
        {
            return ApiError.BadRequest(refused.Message);
        }
        return TypedResults.Accepted(
            (string?)null,
            new AudioImportResponse(
                [
                    .. result.Queued.Select(queued => new ImportedAudioObject(
                        queued.File, SpotifyUri.Track(queued.Job.TrackId), AudioJobObject.From(queued.Job, urls.Absolute($"/v1/admin/jobs/{queued.Job.Id}")))),
                ],
                [.. result.Skipped.Select(skipped => new SkippedAudioObject(skipped.File, skipped.Reason))]));
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
