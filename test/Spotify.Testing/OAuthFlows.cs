using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Web;

namespace Spotify.Testing;

/// <summary>
/// The OAuth flows a client of the gateway runs, over plain HTTP as curl would. The HttpClient
/// must not follow redirects: the sign-in answers with a redirect to the app, which is read, not followed.
/// </summary>
public static class OAuthFlows
{
    public const string WebClientId = "spotify-web";
    public const string AdminClientId = "spotify-admin";
    public const string EmbeddedAdminSecret = "spotify-admin-dev-secret";
    public const string RedirectUri = "http://127.0.0.1:8888/callback";
    public const string Password = "correct horse 1";

    public static async Task<TokenResponse> ClientCredentialsAsync(HttpClient http, string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        if (scope is not null)
        {
            form["scope"] = scope;
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/token") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes($"{clientId}:{secret}")));
        return await ReadTokenAsync(await http.SendAsync(request));
    }

    /// <summary>Creates an account and returns its email address (the password is <see cref="Password"/>).</summary>
    public static async Task<string> SignUpAsync(HttpClient http)
    {
        var email = $"listener-{Guid.NewGuid():N}@example.com";
        var response = await http.PostAsJsonAsync("/v1/users", new { email, password = Password, display_name = "Test Listener" });
        await EnsureAsync(response, HttpStatusCode.Created);
        return email;
    }

    /// <summary>Posts the sign-in form of the authorization code flow and returns the redirect it answers with.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(
        HttpClient http, string email, string password, string scope, Pkce pkce, string redirectUri = RedirectUri, string state = "test-state") =>
        await http.PostAsync("/authorize", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = WebClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = redirectUri,
            ["code_challenge"] = pkce.Challenge,
            ["code_challenge_method"] = "S256",
            ["scope"] = scope,
            ["state"] = state,
            ["username"] = email,
            ["password"] = password,
        }));

    public static string CodeFrom(HttpResponseMessage redirect)
    {
        if (redirect.StatusCode != HttpStatusCode.Redirect || redirect.Headers.Location is not { } location)
        {
            throw new InvalidOperationException($"Expected a redirect with a code, got {(int)redirect.StatusCode}.");
        }
        return HttpUtility.ParseQueryString(location.Query)["code"]
            ?? throw new InvalidOperationException($"The redirect {location} carries no code.");
    }

    public static async Task<HttpResponseMessage> RedeemCodeAsync(HttpClient http, string code, string verifier, string redirectUri = RedirectUri) =>
        await http.PostAsync("/api/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = WebClientId,
            ["code"] = code,
            ["redirect_uri"] = redirectUri,
            ["code_verifier"] = verifier,
        }));

    public static async Task<HttpResponseMessage> RefreshAsync(HttpClient http, string refreshToken) =>
        await http.PostAsync("/api/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = WebClientId,
            ["refresh_token"] = refreshToken,
        }));

    /// <summary>The whole authorization code flow with PKCE, for a user who exists.</summary>
    public static async Task<TokenResponse> SignInAsync(HttpClient http, string email, string scope)
    {
        var pkce = Pkce.Create();
        var code = CodeFrom(await PostSignInAsync(http, email, Password, scope, pkce));
        return await ReadTokenAsync(await RedeemCodeAsync(http, code, pkce.Verifier));
    }

    /// <summary>A new account signed in with the given scopes.</summary>
    public static async Task<TokenResponse> NewUserTokenAsync(HttpClient http, string scope) =>
        await SignInAsync(http, await SignUpAsync(http), scope);

    public static async Task<TokenResponse> ReadTokenAsync(HttpResponseMessage response)
    {
        await EnsureAsync(response, HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<TokenResponse>()
            ?? throw new InvalidOperationException("The token endpoint answered with an empty body.");
    }

    public static HttpClient WithToken(this HttpClient http, TokenResponse token)
    {
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return http;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException(
                $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected {(int)expected}: " +
                (await response.Content.ReadAsStringAsync()).ReplaceLineEndings(" "));
        }
    }
}
