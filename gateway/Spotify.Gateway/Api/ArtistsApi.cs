using Microsoft.AspNetCore.Http.HttpResults;
using Spotify.Gateway.Auth;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Ids;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;

namespace Spotify.Gateway.Api;

public static class ArtistsApi
{
    public static IEndpointRouteBuilder MapArtistsApi(this IEndpointRouteBuilder routes)
    {
        var artists = routes.MapGroup("/v1/artists").WithTags("Artists").RequireToken();
        artists.MapGet("/{id}", GetArtistAsync)
            .WithName("get-artist")
            .WithSummary("Get an artist by its Spotify id");
        return routes;
    }

    public static Task<Results<Ok<ArtistObject>, ApiError>> GetArtistAsync(string id, IGrainFactory grains, ApiUrls urls) =>
        ItemLookup.GetAsync(
            id,
            SpotifyUri.Artist,
            artistId => grains.GetGrain<IArtistGrain>(artistId).GetAsync(),
            artist => CatalogObjects.Artist(artist, urls));
}
