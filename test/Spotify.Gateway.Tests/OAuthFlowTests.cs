using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.EntityFrameworkCore.Models;
using Spotify.Gateway.Auth;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>The authorization code flow with PKCE, refresh tokens and client credentials, as curl would run them.</summary>
public sealed class OAuthFlowTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private const string UserScopes = "user-read-private user-read-email";

    private readonly HttpClient _http = factory.CreateAnonymousClient();

    [Fact]
    public async Task A_signed_up_user_gets_tokens_with_pkce_and_reads_their_profile()
    {
        var email = await OAuthFlows.SignUpAsync(_http);

        var token = await OAuthFlows.SignInAsync(_http, email, UserScopes);
        var me = await factory.CreateAnonymousClient().WithToken(token).GetJsonAsync("/v1/me");

        Assert.Equal("Bearer", token.TokenType);
        Assert.InRange(token.ExpiresIn, 3590, 3600);
        Assert.NotNull(token.RefreshToken);
        Assert.Superset(UserScopes.Split(' ').ToHashSet(), token.Scope!.Split(' ').ToHashSet());
        Assert.Equal(3, token.AccessToken.Split('.').Length);
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal("free", me.GetProperty("product").GetString());
    }

    [Fact]
    public async Task Private_fields_follow_the_granted_scopes()
    {
        var email = await OAuthFlows.SignUpAsync(_http);
        var token = await OAuthFlows.SignInAsync(_http, email, "user-read-private");

        var me = await factory.CreateAnonymousClient().WithToken(token).GetJsonAsync("/v1/me");

        Assert.False(me.TryGetProperty("email", out _));
        Assert.Equal("free", me.GetProperty("product").GetString());
    }

    [Fact]
    public async Task The_authorization_endpoint_shows_a_sign_in_form_carrying_the_request()
    {
        var pkce = Pkce.Create();

        var page = await _http.GetStringAsync(
            $"/authorize?client_id=spotify-web&response_type=code&redirect_uri={Uri.EscapeDataString(OAuthFlows.RedirectUri)}" +
            $"&code_challenge={pkce.Challenge}&code_challenge_method=S256&scope=user-read-private&state=abc");

        Assert.Contains("name=\"username\"", page);
        Assert.Contains("name=\"password\"", page);
        Assert.Contains($"name=\"code_challenge\" value=\"{pkce.Challenge}\"", page);
        Assert.Contains("name=\"state\" value=\"abc\"", page);
    }

    [Fact]
    public async Task A_successful_sign_in_redirects_with_the_code_and_the_state()
    {
        var email = await OAuthFlows.SignUpAsync(_http);

        var redirect = await OAuthFlows.PostSignInAsync(_http, email, OAuthFlows.Password, UserScopes, Pkce.Create(), state: "kept-state");

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith(OAuthFlows.RedirectUri + "?", redirect.Headers.Location?.ToString());
        Assert.Contains("state=kept-state", redirect.Headers.Location?.Query);
        Assert.NotEmpty(OAuthFlows.CodeFrom(redirect));
    }

    [Theory]
    [InlineData("wrong password 9")]
    [InlineData("")]
    public async Task A_wrong_password_shows_the_form_again_without_a_code(string password)
    {
        var email = await OAuthFlows.SignUpAsync(_http);

        var response = await OAuthFlows.PostSignInAsync(_http, email, password, UserScopes, Pkce.Create());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Incorrect email address or password", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_code_redeemed_with_the_wrong_verifier_is_rejected()
    {
        var email = await OAuthFlows.SignUpAsync(_http);
        var code = OAuthFlows.CodeFrom(await OAuthFlows.PostSignInAsync(_http, email, OAuthFlows.Password, UserScopes, Pkce.Create()));

        var response = await OAuthFlows.RedeemCodeAsync(_http, code, Pkce.Create().Verifier);

        await AssertOAuthErrorAsync(response, HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task A_code_works_once()
    {
        var email = await OAuthFlows.SignUpAsync(_http);
        var pkce = Pkce.Create();
        var code = OAuthFlows.CodeFrom(await OAuthFlows.PostSignInAsync(_http, email, OAuthFlows.Password, UserScopes, pkce));
        var first = await OAuthFlows.ReadTokenAsync(await OAuthFlows.RedeemCodeAsync(_http, code, pkce.Verifier));

        var second = await OAuthFlows.RedeemCodeAsync(_http, code, pkce.Verifier);

        await AssertOAuthErrorAsync(second, HttpStatusCode.BadRequest, "invalid_grant");
        // Replaying the code also revokes what it was first redeemed for.
        await AssertOAuthErrorAsync(await OAuthFlows.RefreshAsync(_http, first.RefreshToken!), HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task Refresh_tokens_rotate_and_a_reused_one_revokes_the_grant()
    {
        var token = await OAuthFlows.NewUserTokenAsync(_http, UserScopes);

        var refreshed = await OAuthFlows.ReadTokenAsync(await OAuthFlows.RefreshAsync(_http, token.RefreshToken!));
        var reused = await OAuthFlows.RefreshAsync(_http, token.RefreshToken!);
        var afterReuse = await OAuthFlows.RefreshAsync(_http, refreshed.RefreshToken!);

        Assert.NotEqual(token.RefreshToken, refreshed.RefreshToken);
        Assert.NotEqual(token.AccessToken, refreshed.AccessToken);
        await AssertOAuthErrorAsync(reused, HttpStatusCode.BadRequest, "invalid_grant");
        await AssertOAuthErrorAsync(afterReuse, HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Fact]
    public async Task The_admin_client_gets_a_token_with_its_secret_only()
    {
        var token = await OAuthFlows.ClientCredentialsAsync(_http, OAuthFlows.AdminClientId, OAuthFlows.EmbeddedAdminSecret, "catalog:write dashboard");
        var wrongSecret = await Record.ExceptionAsync(() =>
            OAuthFlows.ClientCredentialsAsync(_http, OAuthFlows.AdminClientId, "not-the-secret-at-all"));

        Assert.Equal("Bearer", token.TokenType);
        Assert.Null(token.RefreshToken);
        Assert.Contains("invalid_client", wrongSecret?.Message);
    }

    [Fact]
    public async Task The_public_client_cannot_use_client_credentials()
    {
        var response = await _http.PostAsync("/api/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = OAuthFlows.WebClientId,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("{", (await response.Content.ReadAsStringAsync()).Trim());
    }

    [Theory]
    [InlineData("http://127.0.0.1:5555/callback")]
    [InlineData("http://127.0.0.1:61234/any/path")]
    [InlineData("http://127.0.0.1/cb?from=cli")]
    public async Task Any_loopback_port_and_path_may_receive_the_code(string redirectUri)
    {
        var email = await OAuthFlows.SignUpAsync(_http);
        var pkce = Pkce.Create();

        var redirect = await OAuthFlows.PostSignInAsync(_http, email, OAuthFlows.Password, UserScopes, pkce, redirectUri);
        var token = await OAuthFlows.ReadTokenAsync(await OAuthFlows.RedeemCodeAsync(_http, OAuthFlows.CodeFrom(redirect), pkce.Verifier, redirectUri));

        Assert.StartsWith(redirectUri.Split('?')[0], redirect.Headers.Location?.ToString());
        Assert.NotEmpty(token.AccessToken);
    }

    [Theory]
    [InlineData("http://localhost:5555/callback")]
    [InlineData("http://127.0.0.1.evil.example/callback")]
    [InlineData("https://127.0.0.1:5555/callback")]
    [InlineData("http://10.0.0.1/callback")]
    [InlineData("http://user@127.0.0.1:5555/callback")]
    public async Task Other_redirect_uris_are_refused(string redirectUri)
    {
        var email = await OAuthFlows.SignUpAsync(_http);

        var response = await OAuthFlows.PostSignInAsync(_http, email, OAuthFlows.Password, UserScopes, Pkce.Create(), redirectUri);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_code_must_be_redeemed_for_the_redirect_uri_it_was_issued_to()
    {
        var email = await OAuthFlows.SignUpAsync(_http);
        var pkce = Pkce.Create();
        var code = OAuthFlows.CodeFrom(await OAuthFlows.PostSignInAsync(_http, email, OAuthFlows.Password, UserScopes, pkce, "http://127.0.0.1:5555/cb"));

        var response = await OAuthFlows.RedeemCodeAsync(_http, code, pkce.Verifier, "http://127.0.0.1:5556/cb");

        await AssertOAuthErrorAsync(response, HttpStatusCode.BadRequest, "invalid_grant");
    }

    [Theory]
    [InlineData("code_challenge_method=plain")]
    [InlineData("no challenge")]
    [InlineData("scope=catalog:write")]
    public async Task A_sign_in_without_s256_pkce_or_with_a_scope_the_app_may_not_ask_for_is_refused(string flaw)
    {
        var pkce = Pkce.Create();
        var form = new Dictionary<string, string>
        {
            ["client_id"] = OAuthFlows.WebClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = OAuthFlows.RedirectUri,
            ["code_challenge"] = pkce.Challenge,
            ["code_challenge_method"] = "S256",
            ["scope"] = "user-read-private",
        };
        switch (flaw)
        {
            case "code_challenge_method=plain":
                form["code_challenge_method"] = "plain";
                form["code_challenge"] = pkce.Verifier;
                break;
            case "no challenge":
                form.Remove("code_challenge");
                form.Remove("code_challenge_method");
                break;
            default:
                form["scope"] = "catalog:write";
                break;
        }

        var response = await _http.PostAsync("/authorize", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Pruning_removes_tokens_that_ended_and_keeps_live_ones()
    {
        // Signing in leaves a redeemed authorization code behind; the refresh token stays live.
        var token = await OAuthFlows.NewUserTokenAsync(_http, UserScopes);
        var pruning = factory.Services.GetRequiredService<AuthPruningService>();
        Assert.True(await EndedTokenCountAsync() > 0);

        await pruning.PruneAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);

        Assert.Equal(0, await EndedTokenCountAsync());
        Assert.Equal(HttpStatusCode.OK, (await OAuthFlows.RefreshAsync(_http, token.RefreshToken!)).StatusCode);
    }

    private async Task<int> EndedTokenCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<AuthDbContext>().Set<OpenIddictEntityFrameworkCoreToken>();
        return await tokens.CountAsync(stored => stored.Status != OpenIddict.Abstractions.OpenIddictConstants.Statuses.Valid);
    }

    private static async Task AssertOAuthErrorAsync(HttpResponseMessage response, HttpStatusCode status, string error)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal(error, JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
    }
}
