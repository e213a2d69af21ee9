using Microsoft.AspNetCore.Http.HttpResults;
using Spotify.Gateway.Auth;
using Spotify.Contracts.Catalog;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;
using Spotify.Gateway.Paging;

namespace Spotify.Gateway.Api;

public static class BrowseApi
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 50;

    private const string NewReleasesPath = "/v1/browse/new-releases";

    public static IEndpointRouteBuilder MapBrowseApi(this IEndpointRouteBuilder routes)
    {
        var browse = routes.MapGroup("/v1/browse").WithTags("Browse").RequireToken();
        browse.MapGet("/new-releases", GetNewReleasesAsync)
            .WithName("get-new-releases")
            .WithSummary("Get the newest album releases, newest first");
        return routes;
    }

    public static async Task<Results<Ok<NewReleasesResponse>, ApiError>> GetNewReleasesAsync(
        string? limit, string? offset, IGrainFactory grains, ApiUrls urls)
    {
        if (!PageRequest.TryRead(limit, offset, DefaultLimit, MaxLimit, out var page, out var error))
        {
            return ApiError.BadRequest(error);
        }
        var releases = await grains.GetGrain<INewReleasesGrain>(INewReleasesGrain.SingletonKey)
            .GetPageAsync(page.Offset, page.Limit);
        var albums = releases.Albums.Select(album => CatalogObjects.SimplifiedAlbum(album, urls)).ToList();
        return TypedResults.Ok(new NewReleasesResponse(
            PagingLinks.Create(urls, NewReleasesPath, page, releases.Total, albums)));
    }
}
