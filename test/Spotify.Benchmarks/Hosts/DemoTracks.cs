using System.Net.Http.Json;
using System.Text.Json;
using Spotify.Testing;

namespace Spotify.Benchmarks.Hosts;

/// <summary>The demo catalog's track ids, read through the search API of a gateway that seeds it.</summary>
public static class DemoTracks
{
    /// <summary>The ids, once seeding (in the background, in a Cluster) has reached the search index.</summary>
    public static async Task<List<string>> IdsAsync(HttpClient client)
    {
        await Eventually.GetAsync(() => ReadAsync(client), found => found.Count > 0, TimeSpan.FromMinutes(2));
        // Seeding indexes all tracks at once, but read again so a page taken mid-way does not cut the list short.
        return await ReadAsync(client);
    }

    private static async Task<List<string>> ReadAsync(HttpClient client)
    {
        var ids = new List<string>();
        for (var offset = 0; ; offset += 50)
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/v1/search?q=year:1900-2100&type=track&limit=50&offset={offset}");
            var items = page.GetProperty("tracks").GetProperty("items");
            ids.AddRange(items.EnumerateArray().Select(track => track.GetProperty("id").GetString()!));
            if (items.GetArrayLength() < 50)
            {
                return ids;
            }
        }
    }
}
