namespace Spotify.Grains.Recommendations;

[GenerateSerializer]
public sealed class GenreDirectoryState
{
    [Id(0)]
    public SortedSet<string> Genres { get; set; } = new(StringComparer.Ordinal);
}
