using System.Collections.Immutable;

namespace Spotify.Contracts.Listening;

/// <summary>
/// One accepted play of a track, as it travels on the listening-history stream. It carries the
/// track's artists, album and length so that consumers need no catalog lookup for the common case.
/// </summary>
[GenerateSerializer, Immutable, Alias("spotify.listening.ListeningEvent")]
public sealed record ListeningEvent(
    string EventId,
    string UserId,
    string TrackId,
    string AlbumId,
    ImmutableArray<string> ArtistIds,
    int TrackDurationMs,
    string? ContextUri,
    DateTimeOffset StartedAt,
    int MsPlayed,
    ReasonEnd ReasonEnd,
    bool Shuffle)
{
    /// <summary>A play that ended by a skip within its first 30 seconds, the usual mark of a track not wanted.</summary>
    /// <summary>How long a play must be heard to count as listened to, as a stream counts on Spotify.</summary>
    public const int CountedAfterMs = 30_000;

    public bool IsEarlySkip => ReasonEnd == ReasonEnd.ForwardButton && MsPlayed < CountedAfterMs;

    /// <summary>Heard for 30 seconds, or a shorter track played to its end.</summary>
    public bool IsCounted => MsPlayed >= CountedAfterMs || (ReasonEnd == ReasonEnd.TrackDone && MsPlayed >= TrackDurationMs);

    public DateTimeOffset EndedAt => StartedAt.AddMilliseconds(MsPlayed);
}
