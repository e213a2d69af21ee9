using Spotify.Contracts.Catalog;
using Spotify.Contracts.Recommendations;
using Spotify.Recommendations;

namespace Spotify.Grains.Recommendations;

/// <summary>Words for why a track was recommended, naming the track, artist or genre behind it.</summary>
internal sealed class ReasonNames(IGrainFactory grains)
{
    private readonly Dictionary<string, string> _trackNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _artistNames = new(StringComparer.Ordinal);

    public async Task<string> ExplainAsync(TasteProfile profile, TrackCandidate candidate, CandidateFeatures features, string? coPlaySource, bool coldStart)
    {
        var genre = candidate.Genres.OrderByDescending(name => profile.Genres.GetValueOrDefault(name)).FirstOrDefault();
        if (coldStart)
        {
            return genre is null ? "Popular right now" : $"Popular in {genre}";
        }
        var contributions = new[]
        {
            (Kind: "coplay", Value: 0.25f * features.CoPlay),
            (Kind: "artist", Value: 0.30f * features.ArtistAffinity),
            (Kind: "genre", Value: 0.35f * features.GenreAffinity),
        };
        var strongest = contributions.MaxBy(contribution => contribution.Value);
        if (strongest.Value <= 0)
        {
            return "Popular right now";
        }
        switch (strongest.Kind)
        {
            case "coplay" when coPlaySource is not null:
                return $"Because you played {await TrackNameAsync(coPlaySource)}";
            case "artist":
                var artist = candidate.ArtistIds.OrderByDescending(id => profile.Artists.GetValueOrDefault(id)).First();
                return $"Because you listen to {await ArtistNameAsync(artist)}";
            default:
                return genre is null ? "Popular right now" : $"Because you like {genre}";
        }
    }

    private async Task<string> TrackNameAsync(string id)
    {
        if (!_trackNames.TryGetValue(id, out var name))
        {
            _trackNames[id] = name = (await grains.GetGrain<ITrackGrain>(id).GetAsync())?.Name ?? "a track";
        }
        return name;
    }

    private async Task<string> ArtistNameAsync(string id)
    {
        if (!_artistNames.TryGetValue(id, out var name))
        {
            _artistNames[id] = name = (await grains.GetGrain<IArtistGrain>(id).GetAsync())?.Name ?? "an artist";
        }
        return name;
    }
}
