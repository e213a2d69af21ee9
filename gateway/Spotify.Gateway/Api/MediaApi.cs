using Microsoft.AspNetCore.Http.HttpResults;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Media;
using Spotify.Media.Signing;
using Spotify.Media.Storage;

namespace Spotify.Gateway.Api;

/// <summary>
/// Media files behind signed URLs (<see cref="MediaUrlSigner"/>): the signature is the
/// authorization, so no token is asked for. What the CDN edge (<c>deploy/nginx</c>) fetches and caches.
/// </summary>
public static class MediaApi
{
    private const string NoStore = "no-store";

    public static IEndpointRouteBuilder MapMediaApi(this IEndpointRouteBuilder routes)
    {
        routes.MapMethods(MediaUrlSigner.PathPrefix + "{**file}", [HttpMethods.Get, HttpMethods.Head], GetMediaAsync)
            .WithName("get-media").WithTags("Playback")
            .WithSummary("Get a file of a track's audio through a signed URL from /v1/tracks/{id}/playback; single byte ranges, ETag and If-None-Match, If-Range")
            .Produces<ErrorResponse>(StatusCodes.Status403Forbidden, "application/json")
            .Produces<ErrorResponse>(StatusCodes.Status416RangeNotSatisfiable, "application/json")
            .AllowAnonymous()
            // One playback is many requests (a segment every few seconds, ranges when seeking), and
            // behind the CDN edge they all come from the edge's few addresses: the API's per-address
            // limit would throttle every listener at once. The signature bounds who may fetch, and for how long.
            .DisableRateLimiting();
        return routes;
    }

    public static async Task<Results<MediaFileResult, ApiError>> GetMediaAsync(
        HttpRequest request,
        HttpResponse response,
        MediaUrlValidator validator,
        BlobPropertiesCache properties,
        IBlobStore store,
        CancellationToken cancellationToken)
    {
        var validation = validator.Validate(request.Path.Value ?? "");
        if (!validation.IsValid)
        {
            // Errors must not be cached by the edge or the browser: the next link may be good.
            response.Headers.CacheControl = NoStore;
            return ApiError.WithStatus(StatusCodes.Status403Forbidden, MessageOf(validation.Failure.Value));
        }
        if (await properties.GetAsync(validation.Grant.BlobPath, cancellationToken) is not { } blob)
        {
            response.Headers.CacheControl = NoStore;
            return ApiError.NotFound("No media file at this URL");
        }
        var plan = MediaRequestPlan.For(request.GetTypedHeaders(), blob);
        if (plan.Answer == MediaAnswer.RangeNotSatisfiable)
        {
            response.Headers.CacheControl = NoStore;
            response.Headers.AcceptRanges = "bytes";
            response.Headers.ContentRange = $"bytes */{blob.Length}";
            return ApiError.WithStatus(StatusCodes.Status416RangeNotSatisfiable, $"The range is outside the file's {blob.Length} bytes");
        }
        return new MediaFileResult(store, blob, plan);
    }

    private static string MessageOf(MediaUrlFailure failure) => failure switch
    {
        MediaUrlFailure.BadSignature => "The media URL's signature is not valid",
        MediaUrlFailure.Expired => "The media URL has expired; get new URLs from /v1/tracks/{id}/playback",
        _ => "Not a signed media URL",
    };
}
