using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Spotify.Contracts.Catalog;
using Spotify.Contracts.Recommendations;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Gateway.Objects;

namespace Spotify.Gateway.Api;

/// <summary>Recommendations, from seeds or personalised for the signed-in user: <c>/v1/recommendations</c>.</summary>
public static class RecommendationsApi
{
    public const int DefaultLimit = 20;

    public static IEndpointRouteBuilder MapRecommendationsApi(this IEndpointRouteBuilder routes)
    {
        var recommendations = routes.MapGroup("/v1/recommendations").WithTags("Recommendations").RequireToken();
        recommendations.MapGet("/", GetRecommendationsAsync).WithName("get-recommendations")
            .WithSummary("Get up to 100 tracks from up to 5 seeds (seed_tracks, seed_artists, seed_genres), or without seeds for the signed-in user; each with a reason");
        recommendations.MapGet("/available-genre-seeds", GetGenreSeedsAsync).WithName("get-recommendation-genres")
            .WithSummary("Get the genres that seed_genres accepts");
        return routes;
    }

    public static async Task<Results<Ok<RecommendationsResponse>, ApiError>> GetRecommendationsAsync(
        [FromQuery(Name = "seed_tracks")] string? seedTracks,
        [FromQuery(Name = "seed_artists")] string? seedArtists,
        [FromQuery(Name = "seed_genres")] string? seedGenres,
        string? limit,
        ClaimsPrincipal caller,
        IGrainFactory grains,
        ApiUrls urls)
    {
        var count = DefaultLimit;
        if (limit is not null && !(int.TryParse(limit, out count) && count is >= 1 and <= IRecommendationProfileGrain.MaxLimit))
        {
            return ApiError.BadRequest($"Invalid limit: expected an integer from 1 to {IRecommendationProfileGrain.MaxLimit}");
        }
        var genres = await grains.GetGrain<IGenreDirectoryGrain>(IGenreDirectoryGrain.SingletonKey).GetAllAsync();
        var read = RecommendationSeedReader.Read(seedTracks, seedArtists, seedGenres, genres);
        if (read.Seeds is not { } seeds)
        {
            return ApiError.BadRequest(read.Error);
        }
        var userId = SpotifyClaims.UserId(caller);
        if (seeds.Count == 0 && userId is null)
        {
            return ApiError.BadRequest("Give seed_tracks, seed_artists or seed_genres: without a signed-in user there is no taste to start from");
        }
        var unknown = await FirstUnknownSeedAsync(seeds, grains);
        if (unknown is not null)
        {
            return ApiError.NotFound($"Non existing id: '{unknown}'");
        }

        var recommendations = userId is null
            ? await grains.GetGrain<ISeededRecommenderGrain>(0).RecommendAsync(seeds, count)
            : await grains.GetGrain<IRecommendationProfileGrain>(userId).RecommendAsync(seeds.Count == 0 ? null : seeds, count);
        var tracks = await Task.WhenAll(recommendations.Select(item => grains.GetGrain<ITrackGrain>(item.TrackId).GetAsync()));
        var objects = recommendations.Zip(tracks)
            .Where(pair => pair.Second is not null)
            .Select(pair => CatalogObjects.Track(pair.Second!, urls) with { Reason = pair.First.Reason })
            .ToList();
        return TypedResults.Ok(new RecommendationsResponse(SeedObjects(seeds, objects.Count, urls), objects));
    }

    public static async Task<Ok<GenreSeedsResponse>> GetGenreSeedsAsync(IGrainFactory grains) =>
        TypedResults.Ok(new GenreSeedsResponse(await grains.GetGrain<IGenreDirectoryGrain>(IGenreDirectoryGrain.SingletonKey).GetAllAsync()));

    private static async Task<string?> FirstUnknownSeedAsync(RecommendationSeeds seeds, IGrainFactory grains)
    {
        var tracks = await Task.WhenAll(seeds.TrackIds.Select(id => grains.GetGrain<ITrackGrain>(id).GetAsync()));
        var artists = await Task.WhenAll(seeds.ArtistIds.Select(id => grains.GetGrain<IArtistGrain>(id).GetAsync()));
        var missingTrack = seeds.TrackIds.Where((_, index) => tracks[index] is null).Select(Contracts.Ids.SpotifyUri.Track);
        var missingArtist = seeds.ArtistIds.Where((_, index) => artists[index] is null).Select(Contracts.Ids.SpotifyUri.Artist);
        return missingTrack.Concat(missingArtist).FirstOrDefault();
    }

    private static List<RecommendationSeedObject> SeedObjects(RecommendationSeeds seeds, int returned, ApiUrls urls) =>
    [
        .. seeds.TrackIds.Select(id => new RecommendationSeedObject(returned, returned, urls.Track(id), id, returned, "TRACK")),
        .. seeds.ArtistIds.Select(id => new RecommendationSeedObject(returned, returned, urls.Artist(id), id, returned, "ARTIST")),
        .. seeds.Genres.Select(genre => new RecommendationSeedObject(returned, returned, null, genre, returned, "GENRE")),
    ];
}
