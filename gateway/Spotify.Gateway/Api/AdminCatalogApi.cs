using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Spotify.Contracts.Ids;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Ingest;
using Spotify.Grains.Catalog;
using Spotify.Search;

namespace Spotify.Gateway.Api;

/// <summary>Catalog ingest for operators and their services (scope <c>catalog:write</c>).</summary>
public static class AdminCatalogApi
{
    public const long MaxBodyBytes = 16 * 1024 * 1024;
    private const int MaxProblemsReported = 50;

    public static IEndpointRouteBuilder MapAdminCatalogApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v1/admin/catalog", IngestAsync)
            .WithTags("Admin")
            .WithName("ingest-catalog")
            .WithSummary("Add or update artists, albums (by UPC) and tracks (by ISRC); a batch is checked whole before anything is written")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .RequireScope(SpotifyScopes.CatalogWrite);
        return routes;
    }

    public static async Task<Results<Ok<CatalogIngestResponse>, ApiError>> IngestAsync(CatalogIngestRequest request, IGrainFactory grains, ISearchIndex search)
    {
        var problems = new List<string>();
        if (CatalogIngestValidator.Validate(request, problems) is not { } batch)
        {
            var shown = string.Join("; ", problems.Take(MaxProblemsReported));
            var more = problems.Count > MaxProblemsReported ? $"; and {problems.Count - MaxProblemsReported} more" : "";
            return ApiError.BadRequest($"Nothing was ingested: {shown}{more}");
        }

        await CatalogWriter.WriteAsync(grains, search, batch);
        return TypedResults.Ok(new CatalogIngestResponse(
            (request.Artists ?? []).Select(artist => artist!.Key!.Trim())
                .Select(key => Ingested(key, SpotifyId.FromNaturalKey("artist:" + key), SpotifyUri.Artist)).ToList(),
            batch.Albums.Select(album => Ingested(album.Upc, album.Id, SpotifyUri.Album)).ToList(),
            batch.Tracks.Select(track => Ingested(track.Isrc, track.Id, SpotifyUri.Track)).ToList()));
    }

    private static IngestedItem Ingested(string key, string id, Func<string, string> uriOf) => new(key, id, uriOf(id));
}
