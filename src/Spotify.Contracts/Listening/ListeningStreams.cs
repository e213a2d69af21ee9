namespace Spotify.Contracts.Listening;

/// <summary>Where accepted plays travel: one stream per user, keyed by the user's id, in this namespace.</summary>
public static class ListeningStreams
{
    public const string HistoryNamespace = "listening-history";
}
