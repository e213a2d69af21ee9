using Microsoft.AspNetCore.Http.HttpResults;
using Spotify.Contracts.Ids;
using Spotify.Gateway.Errors;

namespace Spotify.Gateway.Api;

/// <summary>
/// What every endpoint about one item does first (a malformed id is a 400, an unknown one a 404),
/// and what the "get several" endpoints do (up to a maximum of valid ids, null for unknown ones).
/// </summary>
internal static class ItemLookup
{
    public static async Task<Results<Ok<TResponse>, ApiError>> GetSeveralAsync<TItem, TObject, TResponse>(
        string? ids,
        int maxIds,
        Func<string, Task<TItem?>> load,
        Func<TItem, TObject> toObject,
        Func<IReadOnlyList<TObject?>, TResponse> respond)
        where TItem : class
        where TObject : class
    {
        if (!IdList.TryRead(ids, maxIds, out var itemIds, out var error))
        {
            return ApiError.BadRequest(error);
        }
        var items = await Task.WhenAll(itemIds.Select(load));
        return TypedResults.Ok(respond(items.Select(item => item is null ? null : toObject(item)).ToList()));
    }

    /// <param name="isValidId">Which ids are well formed; base62 ids when null.</param>
    public static Task<Results<Ok<TObject>, ApiError>> GetAsync<TItem, TObject>(
        string id, Func<string, string> uriOf, Func<string, Task<TItem?>> load, Func<TItem, TObject> toObject, Func<string, bool>? isValidId = null)
        where TItem : class =>
        GetAsync(id, uriOf, load, item => Task.FromResult(toObject(item)), isValidId);

    /// <param name="isValidId">Which ids are well formed; base62 ids when null.</param>
    public static async Task<Results<Ok<TObject>, ApiError>> GetAsync<TItem, TObject>(
        string id, Func<string, string> uriOf, Func<string, Task<TItem?>> load, Func<TItem, Task<TObject>> toObject, Func<string, bool>? isValidId = null)
        where TItem : class
    {
        if (!(isValidId ?? SpotifyId.IsValid)(id))
        {
            return ApiError.BadRequest(IdList.InvalidIdMessage);
        }
        var item = await load(id);
        return item is null
            ? ApiError.NotFound($"Non existing id: '{uriOf(id)}'")
            : TypedResults.Ok(await toObject(item));
    }
}
