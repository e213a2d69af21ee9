using System.Text.Json;

namespace Spotify.Gateway.Api;

/// <summary>
/// Reads the ids of a library or follow change from wherever real clients put them: the <c>ids</c>
/// query parameter, a body <c>{"ids":[...]}</c>, or a bare JSON array.
/// </summary>
public static class IdsInput
{
    public const int MaxBodyBytes = 64 * 1024;

    private const string ShapeMessage = "Give ids as ?ids=a,b, as {\"ids\":[\"a\",\"b\"]} or as a JSON array";

    /// <returns>The ids, or null with <paramref name="Error"/> explaining the 4xx.</returns>
    public static async Task<IdsInputResult> ReadAsync(HttpRequest request, string? idsQuery, int maxIds)
    {
        if (idsQuery is not null)
        {
            return IdList.TryRead(idsQuery, maxIds, out var fromQuery, out var queryError)
                ? IdsInputResult.Success(fromQuery)
                : IdsInputResult.Failure(StatusCodes.Status400BadRequest, queryError);
        }
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any()))
        {
            return IdsInputResult.Failure(StatusCodes.Status400BadRequest, ShapeMessage);
        }
        if (request.ContentLength > MaxBodyBytes)
        {
            return IdsInputResult.Failure(StatusCodes.Status413PayloadTooLarge, $"The body may hold at most {MaxBodyBytes} bytes");
        }

        List<string>? ids;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            ids = StringsIn(document.RootElement);
        }
        catch (JsonException)
        {
            return IdsInputResult.Failure(StatusCodes.Status400BadRequest, "The body is not valid JSON");
        }
        if (ids is null)
        {
            return IdsInputResult.Failure(StatusCodes.Status400BadRequest, ShapeMessage);
        }
        return IdList.TryRead(string.Join(',', ids), maxIds, out var fromBody, out var bodyError) && ids.Count > 0
            ? IdsInputResult.Success(fromBody)
            : IdsInputResult.Failure(StatusCodes.Status400BadRequest, ids.Count == 0 ? ShapeMessage : bodyError);
    }

    private static List<string>? StringsIn(JsonElement root)
    {
        var array = root.ValueKind switch
        {
            JsonValueKind.Array => root,
            JsonValueKind.Object when root.TryGetProperty("ids", out var ids) && ids.ValueKind == JsonValueKind.Array => ids,
            _ => (JsonElement?)null,
        };
        if (array is not { } items || items.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            return null;
        }
        // A comma inside one id must not split it into two valid-looking ones.
        var strings = items.EnumerateArray().Select(item => item.GetString()!).ToList();
        return strings.Any(value => value.Contains(',', StringComparison.Ordinal)) ? null : strings;
    }
}
