using Microsoft.AspNetCore.Http.HttpResults;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Playlists;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;
using Spotify.Gateway.Paging;
using Spotify.Gateway.Playlists;
using Spotify.Grains.Catalog;
using Spotify.Search;

namespace Spotify.Gateway.Api;

public static class SearchApi
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 50;
    public const int MaxOffset = 1000;

    private const string SearchPath = "/v1/search";

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        // Routing matches "/v1/search/" too, which clients built for Spotify also call.
        routes.MapGet(SearchPath, SearchAsync)
            .WithTags("Search")
            .WithName("search")
            .WithSummary("Search tracks, albums, artists and public playlists; q takes words and the filters artist:, album:, track:, genre: and year:")
            .RequireToken();
        return routes;
    }

    public static async Task<Results<Ok<SearchResponse>, ApiError>> SearchAsync(
        string? q, string? type, string? limit, string? offset,
        ISearchIndex search, IGrainFactory grains, ApiUrls urls, CancellationToken cancellationToken)
    {
        if (!SearchQueryParser.TryParse(q, out var query, out var error)
            || !SearchTypes.TryRead(type, out var types, out error)
            || !PageRequest.TryRead(limit, offset, DefaultLimit, MaxLimit, out var page, out error))
        {
            return ApiError.BadRequest(error);
        }
        if (page.Offset > MaxOffset)
        {
            return ApiError.BadRequest($"Invalid offset: at most {MaxOffset}");
        }

        async Task<PagingObject<T>?> PageOfAsync<T>(SearchItemType itemType, Func<string, Task<T?>> load)
            where T : class
        {
            if (!types.Contains(itemType))
            {
                return null;
            }
            var hits = await search.SearchAsync(query, itemType, page.Offset, page.Limit, cancellationToken);
            var items = await Task.WhenAll(hits.Ids.Select(load));
            var filters = $"q={Uri.EscapeDataString(q!)}&type={SearchTypes.NameOf(itemType)}";
            return PagingLinks.Create(urls, SearchPath, page, hits.Total, items.OfType<T>().ToList(), filters);
        }

        var playlists = new PlaylistObjects(grains, urls);
        var tracks = PageOfAsync(SearchItemType.Track, async id =>
            await grains.GetGrain<ITrackGrain>(id).GetAsync() is { } track ? CatalogObjects.Track(track, urls) : null);
        var artists = PageOfAsync(SearchItemType.Artist, async id =>
            await grains.GetGrain<IArtistGrain>(id).GetAsync() is { } artist ? CatalogObjects.Artist(artist, urls) : null);
        var albums = PageOfAsync(SearchItemType.Album, async id =>
            await grains.GetGrain<IAlbumGrain>(id).GetAsync() is { } album ? CatalogObjects.SimplifiedAlbum(CatalogWriter.ToRef(album), urls) : null);
        var publicPlaylists = PageOfAsync(SearchItemType.Playlist, async id =>
            await grains.GetGrain<IPlaylistGrain>(id).GetAsync(null) is { Public: true } playlist ? await playlists.SimplifiedAsync(playlist) : null);
        return TypedResults.Ok(new SearchResponse(await tracks, await artists, await albums, await publicPlaylists));
    }
}
