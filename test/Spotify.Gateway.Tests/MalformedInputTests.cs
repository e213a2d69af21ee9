using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Spotify.Grains.Catalog.Demo;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>
/// Sends well over a thousand generated bad requests (bad ids, wrong types, broken and huge
/// bodies, out-of-range numbers) to every API endpoint with a token that may do everything, and
/// checks that none is answered with a 5xx and that the user's stored data is unchanged.
/// </summary>
public sealed class MalformedInputTests(MalformedInputTests.LenientLimits factory) : IClassFixture<MalformedInputTests.LenientLimits>
{
    private const string AllUserScopes =
        "user-read-private user-read-email playlist-read-private playlist-modify-public playlist-modify-private " +
        "user-library-read user-library-modify user-follow-read user-follow-modify";

    private static readonly string[] BadIds =
    [
        "", "a", "not-an-id", "0000000000000000000000A", "000000000000000000000", "%01", "..%2F..%2Fetc", "%F0%9F%8E%B5",
        "' OR 1=1 --", "<script>", new string('z', 5000), "spotify:track:0000000000000000000000", "%20", "null",
    ];

    private static readonly string[] BadQueries =
    [
        "limit=-1", "limit=0", "limit=abc", "limit=99999999999999999999", "limit=1.5", "offset=-5", "offset=1e9",
        "ids=", "ids=,,,", "ids=bad", "ids=" + string.Join(',', Enumerable.Repeat("0000000000000000000000", 200)),
        "type=playlist", "type=", "after=%00", "include_groups=everything", "position=-1", "uris=spotify:track:bad",
        "market=%%%", "limit=50&offset=2147483647",
        "q=%22&type=track", "q=year:1-2&type=track,album", "q=" + new string('a', 300) + "&type=track", "q=artist:%22%22&type=artist",
        "q=%F0%9F%8E%B5&type=playlist", "q=a&type=track&offset=1001", "q=a&type=track,,album", "q=%00%01&type=TRACK",
        "q=genre:&type=artist", "q=year:2020-2021-2022&type=album",
    ];

    private static readonly string[] BadBodies =
    [
        "{", "}", "[", "\"just a string\"", "12345", "null", "true", "{\"ids\":5}", "{\"ids\":[1,2,3]}", "{\"ids\":{\"a\":1}}",
        "[null,null]", "{\"uris\":5}", "{\"uris\":[5]}", "{\"uris\":[\"spotify:album:0000000000000000000000\"]}",
        "{\"uris\":[\"spotify:track:bad\"],\"position\":-3}", "{\"range_start\":\"x\",\"insert_before\":0}",
        "{\"range_start\":-1,\"insert_before\":-5}", "{\"range_start\":2147483647,\"insert_before\":2147483647,\"range_length\":2147483647}",
        "{\"tracks\":[{\"uri\":5}]}", "{\"tracks\":\"all\"}", "{\"name\":5}", "{\"name\":\"\",\"public\":\"yes\"}",
        "{\"email\":[],\"password\":{}}", new string('[', 5000) + new string(']', 5000),
        "{\"ids\":[\"" + new string('a', 100_000) + "\"]}",
    ];

    [Fact]
    public async Task A_thousand_bad_requests_get_no_5xx_and_change_no_stored_data()
    {
        var http = factory.CreateAnonymousClient();
        var token = await OAuthFlows.NewUserTokenAsync(http, AllUserScopes);
        var client = factory.CreateAnonymousClient().WithToken(token);
        var state = await SeedUserDataAsync(client);
        var before = await SnapshotAsync(client, state);

        var requests = BadRequests(state.UserId).ToList();
        var serverErrors = new List<string>();
        foreach (var request in requests)
        {
            using var message = request.ToMessage();
            using var response = await client.SendAsync(message);
            if ((int)response.StatusCode >= 500)
            {
                serverErrors.Add($"{request}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.True(requests.Count >= 1000, $"only {requests.Count} requests");
        Assert.Empty(serverErrors);
        Assert.Equal(before, await SnapshotAsync(client, state));
    }

    private IEnumerable<BadRequest> BadRequests(string userId)
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText!.StartsWith("/v1", StringComparison.Ordinal)
                || endpoint.RoutePattern.RawText is "/api/token" or "/authorize")
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (Method: method, Pattern: endpoint.RoutePattern)))
            .ToList();

        foreach (var (method, pattern) in endpoints)
        {
            var parameters = pattern.Parameters.Select(parameter => parameter.Name).ToList();
            foreach (var badId in BadIds.Where(_ => parameters.Count > 0))
            {
                yield return new BadRequest(method, PathOf(pattern, badId, userId), Body: null);
            }
            var validPath = PathOf(pattern, "0000000000000000000000", userId);
            foreach (var query in BadQueries)
            {
                yield return new BadRequest(method, $"{validPath}?{query}", Body: null);
            }
            if (method is "GET")
            {
                continue;
            }
            foreach (var body in BadBodies)
            {
                yield return new BadRequest(method, validPath, body);
            }
            yield return new BadRequest(method, validPath, "{\"ids\":[]}", "text/plain");
            yield return new BadRequest(method, validPath, new string('x', 2 * 1024 * 1024), "application/json");
        }
    }

    /// <summary>Fills a route pattern; {userId} is the caller's own id so ownership checks do not hide the input checks.</summary>
    private static string PathOf(RoutePattern pattern, string value, string userId) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart { Name: "userId" } when value == "0000000000000000000000" => userId,
            RoutePatternParameterPart => value,
            _ => "",
        }))));

    private static async Task<SeededState> SeedUserDataAsync(HttpClient client)
    {
        var demo = DemoCatalog.Build();
        var userId = (await client.GetJsonAsync("/v1/me")).GetProperty("id").GetString()!;
        await client.PutAsync($"/v1/me/tracks?ids={demo.Tracks[0].Id},{demo.Tracks[1].Id}", null);
        await client.PutAsync($"/v1/me/albums?ids={demo.Albums[0].Id}", null);
        await client.PutAsync($"/v1/me/following?type=artist&ids={demo.Artists[0].Id}", null);
        var playlist = await (await client.PostAsJsonAsync("/v1/me/playlists", new { name = "Keep me" })).ReadJsonAsync(HttpStatusCode.Created);
        var playlistId = playlist.GetProperty("id").GetString()!;
        await client.PostAsJsonAsync($"/v1/playlists/{playlistId}/tracks", new { uris = new[] { $"spotify:track:{demo.Tracks[2].Id}" } });
        return new SeededState(userId, playlistId);
    }

    private static async Task<string> SnapshotAsync(HttpClient client, SeededState state)
    {
        var parts = new[]
        {
            "/v1/me", "/v1/me/tracks?limit=50", "/v1/me/albums?limit=50", "/v1/me/following?type=artist&limit=50",
            "/v1/me/playlists?limit=50", $"/v1/playlists/{state.PlaylistId}",
        };
        var snapshot = new StringBuilder();
        foreach (var part in parts)
        {
            snapshot.AppendLine(await client.GetStringAsync(part));
        }
        return snapshot.ToString();
    }

    private sealed record SeededState(string UserId, string PlaylistId);

    private sealed record BadRequest(string Method, string Path, string? Body, string ContentType = "application/json")
    {
        public HttpRequestMessage ToMessage()
        {
            var message = new HttpRequestMessage(new HttpMethod(Method), Path);
            if (Body is not null)
            {
                message.Content = new StringContent(Body, Encoding.UTF8);
                message.Content.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
            }
            return message;
        }

        public override string ToString() => $"{Method} {Path[..Math.Min(Path.Length, 120)]} {Body?[..Math.Min(Body.Length, 60)]}";
    }

    public sealed class LenientLimits() : EmbeddedGatewayFactory(new Dictionary<string, string>
    {
        ["Spotify:RateLimits:PerUser"] = "1000000",
        ["Spotify:RateLimits:PerAnonymousAddress"] = "1000000",
    });
}
