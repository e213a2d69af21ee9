using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;
using Spotify.Gateway.Paging;

namespace Spotify.Gateway.Api;

public static class ArtistsApi
{
    public const int MaxIdsPerRequest = 50;
    public const int DefaultAlbumLimit = 20;
    public const int MaxAlbumLimit = 50;
    public const int TopTrackCount = 10;

    public static IEndpointRouteBuilder MapArtistsApi(this IEndpointRouteBuilder routes)
    {
        var artists = routes.MapGroup("/v1/artists").WithTags("Artists").RequireToken();
        artists.MapGet("/{id}", GetArtistAsync)
            .WithName("get-artist")
            .WithSummary("Get an artist by its Spotify id");
        artists.MapGet("/", GetSeveralArtistsAsync)
            .WithName("get-multiple-artists")
            .WithSummary("Get up to 50 artists by their Spotify ids");
        artists.MapGet("/{id}/albums", GetArtistAlbumsAsync)
            .WithName("get-an-artists-albums")
            .WithSummary("Get a page of the albums an artist made or appears on, newest first");
        artists.MapGet("/{id}/top-tracks", GetArtistTopTracksAsync)
            .WithName("get-an-artists-top-tracks")
            .WithSummary("Get an artist's 10 most popular tracks");
        return routes;
    }

    public static Task<Results<Ok<ArtistObject>, ApiError>> GetArtistAsync(string id, IGrainFactory grains, ApiUrls urls) =>
        ItemLookup.GetAsync(
            id,
            SpotifyUri.Artist,
            artistId => grains.GetGrain<IArtistGrain>(artistId).GetAsync(),
            artist => CatalogObjects.Artist(artist, urls));

    public static Task<Results<Ok<SeveralArtistsResponse>, ApiError>> GetSeveralArtistsAsync(
        string? ids, IGrainFactory grains, ApiUrls urls) =>
        ItemLookup.GetSeveralAsync(
            ids,
            MaxIdsPerRequest,
            artistId => grains.GetGrain<IArtistGrain>(artistId).GetAsync(),
            artist => CatalogObjects.Artist(artist, urls),
            artists => new SeveralArtistsResponse(artists));

    public static async Task<Results<Ok<PagingObject<SimplifiedAlbumObject>>, ApiError>> GetArtistAlbumsAsync(
        string id,
        [FromQuery(Name = "include_groups")] string? includeGroups,
        string? limit,
        string? offset,
        IGrainFactory grains,
        ApiUrls urls)
    {
        if (!AlbumGroups.TryRead(includeGroups, out var groups, out var error)
            || !PageRequest.TryRead(limit, offset, DefaultAlbumLimit, MaxAlbumLimit, out var page, out error))
        {
            return ApiError.BadRequest(error);
        }
        return await ItemLookup.GetAsync(
            id,
            SpotifyUri.Artist,
            artistId => grains.GetGrain<IArtistGrain>(artistId).GetAsync(),
            async found =>
            {
                var albums = await grains.GetGrain<IArtistGrain>(found.Id).GetAlbumsAsync(groups, page.Offset, page.Limit);
                var filters = includeGroups is null ? "" : "include_groups=" + string.Join(',', groups.Select(CatalogObjects.GroupName));
                return PagingLinks.Create(
                    urls,
                    $"/v1/artists/{found.Id}/albums",
                    page,
                    albums.Total,
                    albums.Albums.Select(album => CatalogObjects.ArtistAlbum(album, urls)).ToList(),
                    filters);
            });
    }

    public static async Task<Results<Ok<TopTracksResponse>, ApiError>> GetArtistTopTracksAsync(
        string id, IGrainFactory grains, ApiUrls urls)
    {
        return await ItemLookup.GetAsync(
            id,
            SpotifyUri.Artist,
            artistId => grains.GetGrain<IArtistGrain>(artistId).GetAsync(),
            async found =>
            {
                var trackIds = await grains.GetGrain<IArtistGrain>(found.Id).GetTopTrackIdsAsync(TopTrackCount);
                var tracks = await Task.WhenAll(trackIds.Select(trackId => grains.GetGrain<ITrackGrain>(trackId).GetAsync()));
                return new TopTracksResponse(tracks.OfType<TrackDetails>().Select(track => CatalogObjects.Track(track, urls)).ToList());
            });
    }
}
