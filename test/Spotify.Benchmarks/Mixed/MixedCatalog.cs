using Spotify.Benchmarks.Catalog;

namespace Spotify.Benchmarks.Mixed;

/// <summary>The tracks a mixed run draws from, most popular first, with a search word for each.</summary>
public sealed class MixedCatalog
{
    private readonly ZipfSampler _popularity;

    public MixedCatalog(GeneratedCatalog catalog, IReadOnlyDictionary<string, string> trackIdsByIsrc)
    {
        var tracks = catalog.Artists
            .SelectMany(artist => artist.Albums.SelectMany(album => album.Tracks))
            .OrderByDescending(track => track.Popularity)
            .ThenBy(track => track.Isrc, StringComparer.Ordinal)
            .ToList();
        TrackIds = [.. tracks.Select(track => trackIdsByIsrc[track.Isrc])];
        SearchWords = [.. tracks.Select(track => track.Name.Split(' ')[0])];
        _popularity = new ZipfSampler(TrackIds.Count);
    }

    public IReadOnlyList<string> TrackIds { get; }

    public IReadOnlyList<string> SearchWords { get; }

    /// <summary>A track index drawn by popularity.</summary>
    public int Draw(Random random) => _popularity.Next(random);
}
