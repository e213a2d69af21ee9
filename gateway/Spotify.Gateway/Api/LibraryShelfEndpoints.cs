using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Spotify.Contracts.Library;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Errors;

namespace Spotify.Gateway.Api;

/// <summary>The save, remove and contains steps every library and follow endpoint shares.</summary>
internal static class LibraryShelfEndpoints
{
    public const int MaxIdsPerRequest = 50;

    /// <param name="exists">Whether an id names something that can be saved; unknown ids are refused.</param>
    /// <param name="uriOf">The item's URI, for naming an unknown id.</param>
    /// <returns>Null when the ids were added; otherwise the error to answer with.</returns>
    public static async Task<ApiError?> AddAsync(
        LibraryShelf shelf,
        string? ids,
        HttpRequest request,
        ClaimsPrincipal caller,
        IGrainFactory grains,
        TimeProvider time,
        Func<string, Task<bool>> exists,
        Func<string, string> uriOf)
    {
        var input = await IdsInput.ReadAsync(request, ids, MaxIdsPerRequest);
        if (input.Ids is not { } itemIds)
        {
            return ApiError.WithStatus(input.StatusCode, input.Error);
        }
        var found = await Task.WhenAll(itemIds.Select(exists));
        if (itemIds.Where((_, index) => !found[index]).FirstOrDefault() is { } unknown)
        {
            return ApiError.BadRequest($"Non existing id: '{uriOf(unknown)}'");
        }
        await Library(grains, caller).AddAsync(shelf, [.. itemIds], time.GetUtcNow());
        return null;
    }

    /// <returns>Null when the ids were removed; otherwise the error to answer with.</returns>
    public static async Task<ApiError?> RemoveAsync(
        LibraryShelf shelf, string? ids, HttpRequest request, ClaimsPrincipal caller, IGrainFactory grains)
    {
        var input = await IdsInput.ReadAsync(request, ids, MaxIdsPerRequest);
        if (input.Ids is not { } itemIds)
        {
            return ApiError.WithStatus(input.StatusCode, input.Error);
        }
        await Library(grains, caller).RemoveAsync(shelf, [.. itemIds]);
        return null;
    }

    public static async Task<Results<Ok<ImmutableArray<bool>>, ApiError>> ContainsAsync(
        LibraryShelf shelf, string? ids, ClaimsPrincipal caller, IGrainFactory grains)
    {
        if (!IdList.TryRead(ids, MaxIdsPerRequest, out var itemIds, out var error))
        {
            return ApiError.BadRequest(error);
        }
        return TypedResults.Ok(await Library(grains, caller).ContainsAsync(shelf, [.. itemIds]));
    }

    public static IUserLibraryGrain Library(IGrainFactory grains, ClaimsPrincipal caller) =>
        grains.GetGrain<IUserLibraryGrain>(SpotifyClaims.RequiredUserId(caller));
}
