using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Spotify.Benchmarks.Listening;

namespace Spotify.Benchmarks.Mixed;

/// <summary>
/// One signed-in user's app: each step is what a listener does next, drawn with the weights of
/// <see cref="Actions"/> (mostly looking at and playing tracks, drawn by popularity; now and then
/// searching, saving, editing their playlist and asking for recommendations).
/// </summary>
public sealed class ListenerSession(HttpClient client, string playlistId, MixedCatalog catalog)
{
    public const string Scopes =
        "user-read-private user-library-read user-library-modify playlist-read-private playlist-modify-public "
        + "playlist-modify-private user-modify-playback-state user-read-recently-played user-top-read";

    /// <summary>Tracks each playlist starts with, so that reorders have something to move.</summary>
    public const int PlaylistSeedTracks = 5;

    private static readonly (string Endpoint, int Weight, Func<ListenerSession, Random, Task<HttpResponseMessage>> Send)[] Actions =
    [
        ("GET /v1/tracks/{id}", 25, (session, random) => session._client.GetAsync($"/v1/tracks/{session.Track(random)}")),
        ("POST /v1/me/player/events", 25, (session, random) => session.ReportPlayAsync(random)),
        ("GET /v1/search", 12, (session, random) =>
            session._client.GetAsync($"/v1/search?type=track,artist&limit=10&q={Uri.EscapeDataString(session._catalog.SearchWords[session._catalog.Draw(random)])}")),
        ("GET /v1/recommendations", 10, (session, _) => session._client.GetAsync("/v1/recommendations?limit=20")),
        ("PUT /v1/me/tracks", 8, (session, random) => session._client.PutAsync($"/v1/me/tracks?ids={session.Track(random)}", null)),
        ("POST /v1/playlists/{id}/tracks", 7, (session, random) =>
            session._client.PostAsJsonAsync($"/v1/playlists/{session._playlistId}/tracks", new { uris = new[] { $"spotify:track:{session.Track(random)}" } })),
        ("GET /v1/me/tracks", 4, (session, _) => session._client.GetAsync("/v1/me/tracks?limit=20")),
        ("PUT /v1/playlists/{id}/tracks (reorder)", 3, (session, random) =>
            session._client.PutAsJsonAsync($"/v1/playlists/{session._playlistId}/tracks", new { range_start = random.Next(PlaylistSeedTracks), insert_before = random.Next(PlaylistSeedTracks + 1), range_length = 1 })),
        ("GET /v1/me/player/recently-played", 3, (session, _) => session._client.GetAsync("/v1/me/player/recently-played?limit=20")),
        ("GET /v1/me/playlists", 3, (session, _) => session._client.GetAsync("/v1/me/playlists?limit=20")),
    ];

    private static readonly int TotalWeight = Actions.Sum(action => action.Weight);

    private readonly HttpClient _client = client;
    private readonly string _playlistId = playlistId;
    private readonly MixedCatalog _catalog = catalog;

    /// <summary>Makes the user's playlist and puts a few tracks in it.</summary>
    public static async Task<ListenerSession> StartAsync(HttpClient client, MixedCatalog catalog, Random random)
    {
        var me = await client.GetFromJsonAsync<JsonElement>("/v1/me");
        var created = await client.PostAsJsonAsync($"/v1/users/{me.GetProperty("id").GetString()}/playlists", new { name = "Mixed traffic", @public = false });
        created.EnsureSuccessStatusCode();
        var playlistId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var seed = Enumerable.Range(0, PlaylistSeedTracks).Select(_ => $"spotify:track:{catalog.TrackIds[catalog.Draw(random)]}").ToArray();
        (await client.PostAsJsonAsync($"/v1/playlists/{playlistId}/tracks", new { uris = seed })).EnsureSuccessStatusCode();
        return new ListenerSession(client, playlistId, catalog);
    }

    /// <summary>Takes the next step and records it under its endpoint.</summary>
    /// <returns>Whether the gateway answered with success.</returns>
    public async Task<bool> StepAsync(Random random, EndpointStats stats)
    {
        var (endpoint, send) = Draw(random);
        var started = Stopwatch.GetTimestamp();
        bool succeeded;
        try
        {
            using var response = await send(this, random);
            succeeded = response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            succeeded = false;
        }
        stats.Record(endpoint, Stopwatch.GetElapsedTime(started).TotalMilliseconds, succeeded);
        return succeeded;
    }

    private static (string Endpoint, Func<ListenerSession, Random, Task<HttpResponseMessage>> Send) Draw(Random random)
    {
        var pick = random.Next(TotalWeight);
        foreach (var (endpoint, weight, send) in Actions)
        {
            if (pick < weight)
            {
                return (endpoint, send);
            }
            pick -= weight;
        }
        throw new UnreachableException();
    }

    private string Track(Random random) => _catalog.TrackIds[_catalog.Draw(random)];

    private Task<HttpResponseMessage> ReportPlayAsync(Random random) =>
        _client.PostAsJsonAsync("/v1/me/player/events", new
        {
            events = new[] { PlayEvents.Play(Guid.NewGuid().ToString("N"), Track(random), DateTimeOffset.UtcNow - PlayEvents.PlayedFor) },
        });
}
