using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Spotify.Gateway.Tests;

public sealed class OpenApiAndCorsTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private readonly HttpClient _client = factory.CreateAnonymousClient();

    [Fact]
    public async Task The_openapi_document_describes_every_v1_endpoint_and_its_oauth_needs()
    {
        var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json")).RootElement;
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText!.Trim('/'))
            .Where(path => path.StartsWith("/v1/", StringComparison.Ordinal))
            .ToHashSet();
        var documented = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToHashSet();

        Assert.Subset(documented, mapped);
        Assert.Equal("oauth2", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("spotify_oauth").GetProperty("type").GetString());
        var getTrack = document.GetProperty("paths").GetProperty("/v1/tracks/{id}").GetProperty("get");
        Assert.True(getTrack.GetProperty("security")[0].TryGetProperty("spotify_oauth", out _));
        Assert.True(getTrack.GetProperty("responses").TryGetProperty("401", out _));
        Assert.False(document.GetProperty("paths").GetProperty("/v1/users").GetProperty("post").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task The_api_reference_page_is_served()
    {
        var page = await factory.CreateClient().GetAsync("/docs");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Scalar", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_web_app_on_any_origin_may_send_a_bearer_token()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/v1/tracks/0000000000000000000000");
        preflight.Headers.Add("Origin", "https://player.example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/tracks/0000000000000000000000");
        request.Headers.Add("Origin", "https://player.example.org");

        var preflightResponse = await _client.SendAsync(preflight);
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, preflightResponse.StatusCode);
        Assert.Equal("*", preflightResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Authorization", preflightResponse.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
