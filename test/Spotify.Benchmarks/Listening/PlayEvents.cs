namespace Spotify.Benchmarks.Listening;

/// <summary>Play event bodies as a player app reports them.</summary>
public static class PlayEvents
{
    public static object Play(string eventId, string trackId, DateTimeOffset startedAt, int msPlayed = 200_000) => new
    {
        event_id = eventId,
        track_uri = $"spotify:track:{trackId}",
        started_at = startedAt.ToString("O"),
        ms_played = msPlayed,
        reason_end = "trackdone",
    };
}
