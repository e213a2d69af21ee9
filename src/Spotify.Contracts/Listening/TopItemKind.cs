namespace Spotify.Contracts.Listening;

public enum TopItemKind
{
    Tracks,
    Artists,
}
