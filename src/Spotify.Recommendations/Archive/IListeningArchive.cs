using Spotify.Contracts.Listening;

namespace Spotify.Recommendations.Archive;

/// <summary>
/// Every accepted play, kept for training and export. Appending the same event twice (a stream
/// delivering again) must not make it count twice: the PostgreSQL archive ignores a repeated event
/// id, the file archive's readers skip one.
/// </summary>
public interface IListeningArchive
{
    Task AppendAsync(IReadOnlyCollection<ListeningEvent> events, CancellationToken cancellationToken = default);

    /// <summary>The archived plays that started in [<paramref name="from"/>, <paramref name="to"/>), each event once, oldest first.</summary>
    IAsyncEnumerable<ListeningEvent> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}
