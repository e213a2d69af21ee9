using Spotify.Contracts.Ids;

namespace Spotify.Gateway.Api;

/// <summary>Reads the comma-separated <c>ids</c> query parameter that the "get several" endpoints take.</summary>
public static class IdList
{
    public const string InvalidIdMessage = "Invalid base62 id";

    public static bool TryRead(string? ids, int maxIds, out IReadOnlyList<string> parsed, out string error)
    {
        parsed = [];
        if (string.IsNullOrWhiteSpace(ids))
        {
            error = "Missing ids: give up to " + maxIds + " comma-separated ids";
            return false;
        }
        var values = ids.Split(',', StringSplitOptions.TrimEntries);
        if (values.Length > maxIds)
        {
            error = $"Too many ids requested: at most {maxIds}";
            return false;
        }
        if (!values.All(SpotifyId.IsValid))
        {
            error = InvalidIdMessage;
            return false;
        }
        parsed = values;
        error = "";
        return true;
    }
}
