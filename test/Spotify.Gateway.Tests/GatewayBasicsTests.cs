using System.Net;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

public sealed class GatewayBasicsTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private readonly HttpClient _client = factory.CreateAnonymousClient();

    [Fact]
    public async Task Liveness_answers_200()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Readiness_reports_the_cluster_as_healthy()
    {
        var readiness = await (await _client.GetAsync("/readyz")).ReadJsonAsync();

        Assert.Equal("Healthy", readiness.GetProperty("status").GetString());
        Assert.Equal("Healthy", readiness.GetProperty("checks").GetProperty("orleans").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_dashboard_is_served_to_a_token_with_the_dashboard_scope()
    {
        var client = await factory.CreateClientWithTokenAsync("dashboard");

        var response = await client.GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Orleans Dashboard", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_dashboard_is_refused_without_a_token_or_without_the_scope()
    {
        var withoutScope = await factory.CreateClientWithTokenAsync();

        await (await _client.GetAsync("/dashboard/")).AssertErrorAsync(HttpStatusCode.Unauthorized);
        await (await withoutScope.GetAsync("/dashboard/")).AssertErrorAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_in_the_error_shape()
    {
        await (await _client.GetAsync("/v1/no-such-thing")).AssertErrorAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_in_the_error_shape()
    {
        await (await _client.DeleteAsync("/v1/browse/new-releases")).AssertErrorAsync(HttpStatusCode.MethodNotAllowed);
    }
}
