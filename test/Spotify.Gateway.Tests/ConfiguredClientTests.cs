using System.Net;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>Client applications added through Spotify:Auth:Clients.</summary>
public sealed class ConfiguredClientTests(ConfiguredClientTests.WithPartnerClients factory)
    : IClassFixture<ConfiguredClientTests.WithPartnerClients>
{
    [Fact]
    public async Task A_configured_confidential_client_gets_tokens_for_its_scopes_only()
    {
        var http = factory.CreateAnonymousClient();

        var token = await OAuthFlows.ClientCredentialsAsync(http, "ingest-service", "ingest-service-secret-1", "catalog:write");
        var beyond = await Record.ExceptionAsync(() =>
            OAuthFlows.ClientCredentialsAsync(http, "ingest-service", "ingest-service-secret-1", "dashboard"));

        Assert.Equal("Bearer", token.TokenType);
        Assert.Contains("not allowed to use the specified scope", beyond?.Message);
    }

    [Fact]
    public async Task A_configured_public_client_signs_users_in_at_its_exact_redirect_uri()
    {
        var http = factory.CreateAnonymousClient();
        var email = await OAuthFlows.SignUpAsync(http);
        var pkce = Pkce.Create();

        var signIn = await http.PostAsync("/authorize", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "partner-web",
            ["response_type"] = "code",
            ["redirect_uri"] = "https://partner.example.com/callback",
            ["code_challenge"] = pkce.Challenge,
            ["code_challenge_method"] = "S256",
            ["scope"] = "user-read-email",
            ["username"] = email,
            ["password"] = OAuthFlows.Password,
        }));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("https://partner.example.com/callback?code=", signIn.Headers.Location?.ToString());
    }

    public sealed class WithPartnerClients() : EmbeddedGatewayFactory(new Dictionary<string, string>
    {
        ["Spotify:Auth:Clients:0:ClientId"] = "ingest-service",
        ["Spotify:Auth:Clients:0:ClientSecret"] = "ingest-service-secret-1",
        ["Spotify:Auth:Clients:0:Scopes:0"] = "catalog:write",
        ["Spotify:Auth:Clients:1:ClientId"] = "partner-web",
        ["Spotify:Auth:Clients:1:RedirectUris:0"] = "https://partner.example.com/callback",
        ["Spotify:Auth:Clients:1:Scopes:0"] = "user-read-email",
    });
}
