using Spotify.Contracts.Recommendations;
using Spotify.Recommendations;

namespace Spotify.Grains.Recommendations;

/// <summary>A taste profile made of recommendation seeds: each seed counts as a strong liking.</summary>
public static class SeedProfiles
{
    public static TasteProfile From(RecommendationSeeds seeds)
    {
        var profile = new TasteProfile();
        foreach (var genre in seeds.Genres)
        {
            profile.Genres[genre] = 1;
        }
        foreach (var artistId in seeds.ArtistIds)
        {
            profile.Artists[artistId] = 1;
        }
        foreach (var trackId in seeds.TrackIds)
        {
            profile.Tracks[trackId] = 1;
        }
        return profile;
    }
}
