using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Spotify.Benchmarks.Listening;

/// <summary>Waits on a user's recently-played list, the last stop of a reported play.</summary>
public static class History
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(5);

    /// <summary>Returns once the newest play in the user's history is the one that ended at <paramref name="endedAt"/>.</summary>
    public static async Task WaitForPlayAsync(HttpClient client, DateTimeOffset endedAt)
    {
        var expected = endedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < GiveUpAfter)
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/v1/me/player/recently-played?limit=1");
            var items = page.GetProperty("items");
            if (items.GetArrayLength() > 0 && items[0].GetProperty("played_at").GetString() == expected)
            {
                return;
            }
            await Task.Delay(10);
        }
        throw new TimeoutException($"The play that ended at {expected} never reached recently played.");
    }
}
