using System.Collections.Immutable;

namespace Spotify.Contracts.Recommendations;

/// <summary>Every genre of the catalog's artists (one grain, key 0): the recommendation genre seeds.</summary>
[Alias("spotify.recommendations.IGenreDirectoryGrain")]
public interface IGenreDirectoryGrain : IGrainWithIntegerKey
{
    const long SingletonKey = 0;

    [Alias("AddAsync")]
    Task AddAsync(ImmutableArray<string> genres);

    /// <summary>In alphabetical order.</summary>
    [Alias("GetAllAsync")]
    Task<ImmutableArray<string>> GetAllAsync();
}
