namespace Spotify.Gateway.Listening;

/// <summary>A play event whose fields are well-formed; whether its track exists is checked next.</summary>
public sealed record ReportedPlay(
    string EventId,
    string TrackId,
    string? ContextUri,
    DateTimeOffset StartedAt,
    int MsPlayed,
    Contracts.Listening.ReasonEnd ReasonEnd,
    bool Shuffle);
