using Spotify.Contracts.Ids;
using Spotify.Contracts.Recommendations;

namespace Spotify.Gateway.Api;

/// <summary>Reads the three seed parameters: comma-separated ids and genre names, up to 5 seeds in all.</summary>
internal static class RecommendationSeedReader
{
    public sealed record Result(RecommendationSeeds? Seeds, string Error);

    public static Result Read(string? tracks, string? artists, string? genres, IReadOnlyCollection<string> knownGenres)
    {
        var trackIds = Split(tracks);
        var artistIds = Split(artists);
        var genreNames = Split(genres);
        if (trackIds.Count + artistIds.Count + genreNames.Count > RecommendationSeeds.MaxSeeds)
        {
            return new Result(null, $"Too many seeds: at most {RecommendationSeeds.MaxSeeds} tracks, artists and genres in all");
        }
        if (!trackIds.Concat(artistIds).All(SpotifyId.IsValid))
        {
            return new Result(null, IdList.InvalidIdMessage);
        }
        if (genreNames.FirstOrDefault(genre => !knownGenres.Contains(genre)) is { } unknown)
        {
            return new Result(null, $"Invalid genre seed '{unknown}': see /v1/recommendations/available-genre-seeds");
        }
        return new Result(new RecommendationSeeds([.. trackIds.Distinct()], [.. artistIds.Distinct()], [.. genreNames.Distinct()]), "");
    }

    private static List<string> Split(string? values) =>
        string.IsNullOrWhiteSpace(values) ? [] : [.. values.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
