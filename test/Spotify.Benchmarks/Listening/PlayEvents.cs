namespace Spotify.Benchmarks.Listening;

/// <summary>Play event bodies as a player app reports them.</summary>
public static class PlayEvents
{
    /// <summary>How long each play lasts: long enough to count.</summary>
    public static readonly TimeSpan PlayedFor = TimeSpan.FromSeconds(200);

    public static object Play(string eventId, string trackId, DateTimeOffset startedAt) => new
    {
        event_id = eventId,
        track_uri = $"spotify:track:{trackId}",
        started_at = startedAt.ToString("O"),
        ms_played = (int)PlayedFor.TotalMilliseconds,
        reason_end = "trackdone",
    };
}
