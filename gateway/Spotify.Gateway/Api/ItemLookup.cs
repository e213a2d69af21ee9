using Microsoft.AspNetCore.Http.HttpResults;
using Spotify.Contracts.Ids;
using Spotify.Gateway.Errors;

namespace Spotify.Gateway.Api;

/// <summary>What every endpoint about one item does first: a malformed id is a 400, an unknown one a 404.</summary>
internal static class ItemLookup
{
    public static Task<Results<Ok<TObject>, ApiError>> GetAsync<TItem, TObject>(
        string id, Func<string, string> uriOf, Func<string, Task<TItem?>> load, Func<TItem, TObject> toObject)
        where TItem : class =>
        GetAsync(id, uriOf, load, item => Task.FromResult(toObject(item)));

    public static async Task<Results<Ok<TObject>, ApiError>> GetAsync<TItem, TObject>(
        string id, Func<string, string> uriOf, Func<string, Task<TItem?>> load, Func<TItem, Task<TObject>> toObject)
        where TItem : class
    {
        if (!SpotifyId.IsValid(id))
        {
            return ApiError.BadRequest(IdList.InvalidIdMessage);
        }
        var item = await load(id);
        return item is null
            ? ApiError.NotFound($"Non existing id: '{uriOf(id)}'")
            : TypedResults.Ok(await toObject(item));
    }
}
