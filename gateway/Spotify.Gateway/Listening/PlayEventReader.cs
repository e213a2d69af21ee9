using System.Globalization;
using System.Text.Json;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Listening;
using Spotify.Gateway.Playlists;

namespace Spotify.Gateway.Listening;

/// <summary>Reads one item of a play event batch, or says what is wrong with it.</summary>
public static class PlayEventReader
{
    public const int MaxEventIdLength = 100;
    public const int MaxMsPlayed = 24 * 60 * 60 * 1000;

    /// <summary>Clocks differ: a play may seem to start this much in the future.</summary>
    public static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(1);

    /// <summary>Plays older than this are not taken any more (history is kept for top items, not back-filled).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(90);

    private static readonly Dictionary<string, ReasonEnd> Reasons = new(StringComparer.Ordinal)
    {
        ["trackdone"] = ReasonEnd.TrackDone,
        ["fwdbtn"] = ReasonEnd.ForwardButton,
        ["backbtn"] = ReasonEnd.BackButton,
        ["endplay"] = ReasonEnd.EndPlay,
        ["clickrow"] = ReasonEnd.Picked,
        ["playbtn"] = ReasonEnd.Picked,
        ["logout"] = ReasonEnd.Interrupted,
        ["remote"] = ReasonEnd.Interrupted,
        ["trackerror"] = ReasonEnd.Interrupted,
        ["unexpected-exit"] = ReasonEnd.Interrupted,
        ["unexpected-exit-while-paused"] = ReasonEnd.Interrupted,
    };

    private static readonly string[] ContextTypes = ["album", "artist", "playlist", "track"];

    public static bool TryRead(JsonElement item, DateTimeOffset now, out ReportedPlay play, out string reason)
    {
        play = null!;
        if (item.ValueKind != JsonValueKind.Object)
        {
            reason = "an event must be a JSON object";
            return false;
        }
        if (!TryString(item, "event_id", out var eventId) || eventId.Length is 0 or > MaxEventIdLength || eventId.Any(char.IsControl))
        {
            reason = $"event_id: a string of 1 to {MaxEventIdLength} characters is required";
            return false;
        }
        if (!TryString(item, "track_uri", out var trackUri) || !TrackUris.TryParse(trackUri, out var trackId))
        {
            reason = "track_uri: a spotify:track:<id> URI is required";
            return false;
        }
        string? contextUri = null;
        if (item.TryGetProperty("context_uri", out var context) && context.ValueKind != JsonValueKind.Null)
        {
            if (context.ValueKind != JsonValueKind.String || !IsContextUri(context.GetString()!))
            {
                reason = "context_uri: a spotify:album, artist, playlist or track URI, or null";
                return false;
            }
            contextUri = context.GetString();
        }
        if (!TryString(item, "started_at", out var startedText)
            || !DateTimeOffset.TryParse(startedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var startedAt))
        {
            reason = "started_at: an ISO 8601 time such as 2026-11-24T18:30:00Z is required";
            return false;
        }
        if (startedAt > now + AllowedClockSkew)
        {
            reason = "started_at: in the future";
            return false;
        }
        if (startedAt < now - MaxAge)
        {
            reason = $"started_at: older than {MaxAge.TotalDays} days";
            return false;
        }
        if (!item.TryGetProperty("ms_played", out var msPlayed) || msPlayed.ValueKind != JsonValueKind.Number
            || !msPlayed.TryGetInt32(out var milliseconds) || milliseconds < 0 || milliseconds > MaxMsPlayed)
        {
            reason = $"ms_played: an integer from 0 to {MaxMsPlayed} is required";
            return false;
        }
        if (!TryString(item, "reason_end", out var reasonText) || !Reasons.TryGetValue(reasonText, out var reasonEnd))
        {
            reason = $"reason_end: one of {string.Join(", ", Reasons.Keys)}";
            return false;
        }
        var shuffle = false;
        if (item.TryGetProperty("shuffle", out var shuffleValue) && shuffleValue.ValueKind != JsonValueKind.Null)
        {
            if (shuffleValue.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                reason = "shuffle: true, false or absent";
                return false;
            }
            shuffle = shuffleValue.GetBoolean();
        }
        play = new ReportedPlay(eventId, trackId, contextUri, startedAt.ToUniversalTime(), milliseconds, reasonEnd, shuffle);
        reason = "";
        return true;
    }

    private static bool TryString(JsonElement item, string name, out string value)
    {
        value = item.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString()! : "";
        return value.Length > 0;
    }

    private static bool IsContextUri(string uri)
    {
        var parts = uri.Split(':');
        return parts.Length == 3 && parts[0] == "spotify" && ContextTypes.Contains(parts[1]) && SpotifyId.IsValid(parts[2]);
    }
}
