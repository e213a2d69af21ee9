using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Spotify.Gateway.AudioIngest;

/// <summary>
/// Streams the <c>file</c> part of a <c>multipart/form-data</c> upload straight into the staging
/// folder, so that a large file is never held in memory.
/// </summary>
public static class MultipartAudioUpload
{
    public const string FilePartName = "file";

    /// <returns>The staged file, or why the request is not an upload this endpoint takes (a 400 or 413).</returns>
    public static async Task<(StagedAudio? Staged, int Status, string Problem)> StageAsync(
        HttpRequest request, AudioStaging staging, string jobId, string trackId, long maxBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return Problem(StatusCodes.Status400BadRequest, $"Send multipart/form-data with the audio file in a part named '{FilePartName}'");
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            // The gateway's 1 MB limit is for JSON; the staging copy enforces this endpoint's own.
            sizeLimit.MaxRequestBodySize = null;
        }
        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    && disposition.IsFileDisposition()
                    && HeaderUtilities.RemoveQuotes(disposition.Name).Value == FilePartName)
                {
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                    return (await staging.StageAsync(jobId, trackId, fileName, section.Body, maxBytes, cancellationToken), 0, "");
                }
            }
        }
        catch (UploadTooLargeException tooLarge)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, tooLarge.Message);
        }
        catch (Exception malformed) when (malformed is InvalidDataException or IOException)
        {
            return Problem(StatusCodes.Status400BadRequest, $"The multipart body cannot be read: {malformed.Message}");
        }
        return Problem(StatusCodes.Status400BadRequest, $"The upload has no file part named '{FilePartName}'");
    }

    private static (StagedAudio?, int, string) Problem(int status, string problem) => (null, status, problem);
}
