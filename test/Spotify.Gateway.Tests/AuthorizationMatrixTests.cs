using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>
/// Walks every endpoint the gateway maps and checks what each token gets: none, garbage or an
/// expired one 401; a token without the declared scope, or a client's token where a user's is
/// needed, 403; the right token passes. An endpoint that declares nothing must be on the short
/// list of deliberately open ones.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.KeyedGatewayFactory factory)
    : IClassFixture<AuthorizationMatrixTests.KeyedGatewayFactory>
{
    private const string Issuer = "http://gateway.matrix.test/";
    private static readonly RSA SigningKey = RSA.Create(2048);

    private static readonly HashSet<string> OpenEndpoints =
    [
        "* /healthz", "* /readyz", "GET,POST /authorize", "POST /api/token", "POST /v1/users",
        // Signed media URLs: the signature is the authorization.
        "GET,HEAD /media/index.html",
    ];

    /// <summary>The API description and its reference page are public, as Spotify's are.</summary>
    private static readonly string[] OpenPathPrefixes = ["/openapi/", "/docs"];

    [Fact]
    public async Task Every_endpoint_refuses_missing_garbage_and_expired_tokens()
    {
        var expired = ExpiredToken();
        var failures = new List<string>();
        foreach (var endpoint in ProtectedEndpoints())
        {
            await ExpectAsync(failures, endpoint, token: null, HttpStatusCode.Unauthorized, "No token provided");
            await ExpectAsync(failures, endpoint, "not.a.token", HttpStatusCode.Unauthorized, "Invalid access token");
            await ExpectAsync(failures, endpoint, expired, HttpStatusCode.Unauthorized, "The access token expired");
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Every_endpoint_refuses_tokens_without_what_it_declares_and_accepts_those_with_it()
    {
        var http = factory.CreateAnonymousClient();
        var bareClientToken = (await OAuthFlows.ClientCredentialsAsync(http, OAuthFlows.AdminClientId, OAuthFlows.EmbeddedAdminSecret)).AccessToken;
        var bareUserToken = (await OAuthFlows.NewUserTokenAsync(http, "user-read-private")).AccessToken;
        var failures = new List<string>();

        foreach (var endpoint in ProtectedEndpoints())
        {
            var (needsUser, scope) = Requirements(endpoint);
            if (needsUser)
            {
                await ExpectAsync(failures, endpoint, bareClientToken, HttpStatusCode.Forbidden);
            }
            if (scope is not null)
            {
                await ExpectAsync(failures, endpoint, needsUser ? bareUserToken : bareClientToken, HttpStatusCode.Forbidden);
            }
            var rightToken = needsUser
                ? (await OAuthFlows.NewUserTokenAsync(http, scope ?? "user-read-private")).AccessToken
                : (await OAuthFlows.ClientCredentialsAsync(http, OAuthFlows.AdminClientId, OAuthFlows.EmbeddedAdminSecret, scope)).AccessToken;
            // A user acts on their own resources: {userId} becomes the token's own user.
            var ownPath = needsUser
                ? endpoint with { Path = SamplePath(endpoint.Endpoint, await OwnUserIdAsync(rightToken)) }
                : endpoint;
            // Headers only: some dashboard endpoints stream for as long as the client listens.
            using var response = await SendAsync(ownPath, rightToken);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                failures.Add($"{endpoint.Method} {endpoint.Path} refused a token with what it declares: {(int)response.StatusCode}");
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void No_endpoint_is_open_unless_meant_to_be()
    {
        var undeclared = Endpoints()
            .Where(endpoint => !endpoint.Metadata.OfType<IAuthorizeData>().Any())
            .Where(endpoint => !OpenPathPrefixes.Any(prefix => SamplePath(endpoint).StartsWith(prefix, StringComparison.Ordinal)))
            .Select(endpoint => Describe(endpoint))
            .Where(name => !OpenEndpoints.Contains(name))
            .ToList();

        Assert.Empty(undeclared);
        Assert.NotEmpty(ProtectedEndpoints());
    }

    [Fact]
    public async Task Another_users_profile_shows_only_public_fields()
    {
        var http = factory.CreateAnonymousClient();
        var someoneElse = await factory.CreateUserClientAsync("user-read-email user-read-private");
        var theirId = (await someoneElse.GetJsonAsync("/v1/me")).GetProperty("id").GetString();
        var reader = http.WithToken(await OAuthFlows.NewUserTokenAsync(factory.CreateAnonymousClient(), "user-read-email user-read-private"));

        var profile = await reader.GetJsonAsync($"/v1/users/{theirId}");

        Assert.False(profile.TryGetProperty("email", out _));
        Assert.False(profile.TryGetProperty("country", out _));
        Assert.False(profile.TryGetProperty("product", out _));
    }

    private IEnumerable<RouteEndpoint> Endpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private List<SampleRequest> ProtectedEndpoints() =>
        Endpoints()
            .Where(endpoint => endpoint.Metadata.OfType<IAuthorizeData>().Any())
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new SampleRequest(method, SamplePath(endpoint), endpoint)))
            .ToList();

    private static (bool NeedsUser, string? Scope) Requirements(SampleRequest endpoint)
    {
        var policies = endpoint.Endpoint.Metadata.OfType<IAuthorizeData>().Select(data => data.Policy ?? "").ToList();
        var userScope = policies.FirstOrDefault(policy => policy.StartsWith("user-scope:", StringComparison.Ordinal));
        var scope = policies.FirstOrDefault(policy => policy.StartsWith("scope:", StringComparison.Ordinal));
        return (userScope is not null || policies.Contains("user"), (userScope ?? scope)?.Split(':', 2)[1]);
    }

    private static string SamplePath(RouteEndpoint endpoint, string? ownUserId = null) =>
        "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { IsCatchAll: true } => "index.html",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "userId" } when ownUserId is not null => ownUserId,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => "0000000000000000000000",
            _ => "",
        }))));

    private async Task<string> OwnUserIdAsync(string userToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", userToken);
        var me = await (await factory.CreateAnonymousClient().SendAsync(request)).ReadJsonAsync();
        return me.GetProperty("id").GetString()!;
    }

    private static string Describe(RouteEndpoint endpoint) =>
        $"{string.Join(',', endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])} {SamplePath(endpoint)}";

    private async Task ExpectAsync(List<string> failures, SampleRequest endpoint, string? token, HttpStatusCode expected, string? message = null)
    {
        var response = await SendAsync(endpoint, token);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected || !body.Contains($"\"status\":{(int)expected}", StringComparison.Ordinal)
            || (message is not null && !body.Contains(message, StringComparison.Ordinal)))
        {
            failures.Add($"{endpoint.Method} {endpoint.Path} with {(token is null ? "no token" : "token")}: {(int)response.StatusCode} {body}");
        }
    }

    private async Task<HttpResponseMessage> SendAsync(SampleRequest endpoint, string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (endpoint.Method is "POST" or "PUT" or "PATCH" or "DELETE")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }
        return await factory.CreateAnonymousClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    /// <summary>A well-formed access token, signed with the gateway's own key, that expired an hour ago.</summary>
    private static string ExpiredToken()
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Subject = new ClaimsIdentity([new Claim("sub", "spotify-admin"), new Claim("client_id", "spotify-admin"), new Claim("scope", "dashboard")]),
            IssuedAt = now.AddHours(-2),
            NotBefore = now.AddHours(-2),
            Expires = now.AddHours(-1),
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(SigningKey), SecurityAlgorithms.RsaSha256),
        });
    }

    private sealed record SampleRequest(string Method, string Path, RouteEndpoint Endpoint);

    /// <summary>
    /// An Embedded gateway whose signing key the test knows, so it can forge an expired token, and
    /// whose limits let the matrix's hundreds of token requests from one address through.
    /// </summary>
    public sealed class KeyedGatewayFactory() : EmbeddedGatewayFactory(new Dictionary<string, string>
    {
        ["Spotify:Auth:Issuer"] = Issuer,
        ["Spotify:Auth:SigningKey"] = SigningKey.ExportPkcs8PrivateKeyPem(),
        ["Spotify:RateLimits:PerAnonymousAddress"] = "100000",
        ["Spotify:RateLimits:PerUser"] = "100000",
    });
}
