using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;
using Spotify.Media.Storage;

namespace Spotify.Gateway.Media;

/// <summary>
/// What a GET or HEAD of a media file answers, from the request's validators and <c>Range</c>
/// (RFC 9110, sections 13 and 14), and which bytes it sends: <see cref="Offset"/> and
/// <see cref="Length"/>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>304 when <c>If-None-Match</c> names the file's ETag (weak comparison) or is <c>*</c>; without
/// <c>If-None-Match</c>, when <c>If-Modified-Since</c> is not older than the file.</item>
/// <item>206 for one byte range (<c>a-b</c>, <c>a-</c> or the suffix <c>-n</c>), cut at the end of the
/// file, unless <c>If-Range</c> names another version (an ETag, compared strongly, or a date other
/// than the file's): then 200 with the whole file, as the RFC asks.</item>
/// <item>416 for a single range that starts at or past the end (or a suffix of 0 bytes).</item>
/// <item>200 with the whole file otherwise: no <c>Range</c>, one that does not parse, another unit,
/// or several ranges. Players ask for one range at a time; answering several with the whole file is
/// what ASP.NET Core's own file results do and spares a <c>multipart/byteranges</c> body.</item>
/// </list>
/// </remarks>
public sealed record MediaRequestPlan(MediaAnswer Answer, long Offset, long Length)
{
    private const string BytesUnit = "bytes";

    public static MediaRequestPlan For(RequestHeaders request, StoredBlob blob)
    {
        var etag = EntityTagHeaderValue.Parse(blob.ETag);
        var lastModified = WholeSeconds(blob.LastModified);
        if (IsNotModified(request, etag, lastModified))
        {
            return new MediaRequestPlan(MediaAnswer.NotModified, 0, 0);
        }
        var whole = new MediaRequestPlan(MediaAnswer.Whole, 0, blob.Length);
        if (request.Range is not { } range
            || !string.Equals(range.Unit.Value, BytesUnit, StringComparison.OrdinalIgnoreCase)
            || range.Ranges.Count != 1
            || !IfRangeMatches(request.IfRange, etag, lastModified))
        {
            return whole;
        }
        return Select(range.Ranges.Single(), blob.Length);
    }

    private static bool IsNotModified(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        var ifNoneMatch = request.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            return ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
        }
        return request.IfModifiedSince is { } since && lastModified <= since;
    }

    private static bool IfRangeMatches(RangeConditionHeaderValue? condition, EntityTagHeaderValue etag, DateTimeOffset lastModified) =>
        condition switch
        {
            null => true,
            { EntityTag: { } tag } => tag.Compare(etag, useStrongComparison: true),
            { LastModified: { } date } => date == lastModified,
            _ => false,
        };

    private static MediaRequestPlan Select(RangeItemHeaderValue range, long length)
    {
        var unsatisfiable = new MediaRequestPlan(MediaAnswer.RangeNotSatisfiable, 0, 0);
        if (range.From is { } from)
        {
            if (from >= length)
            {
                return unsatisfiable;
            }
            var last = Math.Min(range.To ?? length - 1, length - 1);
            return new MediaRequestPlan(MediaAnswer.Range, from, last - from + 1);
        }
        var suffix = range.To ?? 0;
        if (suffix == 0 || length == 0)
        {
            return unsatisfiable;
        }
        var start = Math.Max(0, length - suffix);
        return new MediaRequestPlan(MediaAnswer.Range, start, length - start);
    }

    // HTTP dates have whole seconds.
    private static DateTimeOffset WholeSeconds(DateTimeOffset time) => DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());
}
