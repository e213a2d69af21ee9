using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;
using Spotify.Media.Storage;

namespace Spotify.Gateway.Media;

/// <summary>
/// A media file, or the one range of it that <see cref="MediaRequestPlan"/> chose, streamed from the
/// blob store: only the bytes sent are read, a buffer at a time. Also answers 304, with the same
/// validators and cache headers as the file itself. A HEAD request reads nothing.
/// </summary>
public sealed class MediaFileResult(IBlobStore store, StoredBlob blob, MediaRequestPlan plan)
    : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    /// <summary>A published version's files never change: any cache may keep them as long as it likes.</summary>
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    private const int CopyBufferSize = 64 * 1024;

    private readonly MediaRequestPlan _plan = plan.Answer != MediaAnswer.RangeNotSatisfiable
        ? plan
        : throw new ArgumentException("An unsatisfiable range is an error to answer, not a file to send.", nameof(plan));

    public int? StatusCode => _plan.Answer switch
    {
        MediaAnswer.Range => StatusCodes.Status206PartialContent,
        MediaAnswer.NotModified => StatusCodes.Status304NotModified,
        _ => StatusCodes.Status200OK,
    };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCode!.Value;
        var headers = response.Headers;
        headers.AcceptRanges = "bytes";
        headers.ETag = blob.ETag;
        headers.LastModified = HeaderUtilities.FormatDate(blob.LastModified);
        headers.CacheControl = ImmutableCacheControl;
        if (_plan.Answer == MediaAnswer.NotModified)
        {
            return;
        }
        response.ContentType = blob.ContentType;
        response.ContentLength = _plan.Length;
        if (_plan.Answer == MediaAnswer.Range)
        {
            headers.ContentRange = new ContentRangeHeaderValue(_plan.Offset, _plan.Offset + _plan.Length - 1, blob.Length).ToString();
        }
        if (HttpMethods.IsHead(httpContext.Request.Method) || _plan.Length == 0)
        {
            return;
        }
        var cancellationToken = httpContext.RequestAborted;
        await using var content = await store.OpenReadAsync(blob.Path, _plan.Offset, _plan.Length, cancellationToken);
        // Straight into the response's buffers: one copy fewer than Stream.CopyToAsync.
        var writer = response.BodyWriter;
        int read;
        while ((read = await content.ReadAsync(writer.GetMemory(CopyBufferSize), cancellationToken)) > 0)
        {
            writer.Advance(read);
            await writer.FlushAsync(cancellationToken);
        }
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        string[] mediaTypes = ["audio/ogg", "audio/mp4", "application/vnd.apple.mpegurl"];
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Stream), mediaTypes));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status206PartialContent, typeof(Stream), mediaTypes));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified));
    }
}
