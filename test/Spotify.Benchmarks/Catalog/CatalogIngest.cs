using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Spotify.Benchmarks.Catalog;

/// <summary>Posts a generated catalog to <c>POST /v1/admin/catalog</c> in batches and returns the ids it got, by ISRC.</summary>
public static class CatalogIngest
{
    private const int BatchTracks = 5_000;

    public static async Task<Dictionary<string, string>> IngestAsync(HttpClient admin, GeneratedCatalog catalog)
    {
        var trackIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        foreach (var batch in CatalogForms.IngestBatches(catalog, BatchTracks))
        {
            var response = await admin.PostAsJsonAsync("/v1/admin/catalog", batch);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Ingest failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
            var ingested = await response.Content.ReadFromJsonAsync<JsonElement>();
            foreach (var track in ingested.GetProperty("tracks").EnumerateArray())
            {
                trackIds[track.GetProperty("key").GetString()!] = track.GetProperty("id").GetString()!;
            }
        }
        Console.WriteLine($"Gateway ingested {trackIds.Count:N0} tracks in {clock.Elapsed.TotalSeconds:0.0} s");
        return trackIds;
    }
}
