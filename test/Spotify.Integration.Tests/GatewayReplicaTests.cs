using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Spotify.Testing;

namespace Spotify.Integration.Tests;

/// <summary>
/// Two gateway replicas in front of one silo cluster, sharing PostgreSQL, Redis, the issuer and
/// the keys: a token from one works on the other, and a user's rate limit holds across both.
/// </summary>
public sealed class GatewayReplicaTests(GatewayReplicaTests.Replicas fixture) : IClassFixture<GatewayReplicaTests.Replicas>
{
    private const int PerUserLimit = 6;

    [Fact]
    public async Task A_token_issued_by_one_gateway_works_on_the_other_and_refreshes_there()
    {
        var onA = fixture.A.CreateClient(new() { AllowAutoRedirect = false });
        var onB = fixture.B.CreateClient(new() { AllowAutoRedirect = false });
        var email = await OAuthFlows.SignUpAsync(onA);
        var token = await OAuthFlows.SignInAsync(onA, email, "user-read-email");

        var me = await GetAsync(onB, "/v1/me", token.AccessToken);
        var refreshed = await OAuthFlows.ReadTokenAsync(await OAuthFlows.RefreshAsync(onB, token.RefreshToken!));
        var replayedOnA = await OAuthFlows.RefreshAsync(onA, token.RefreshToken!);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(email, JsonDocument.Parse(await me.Content.ReadAsStringAsync()).RootElement.GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(onA, "/v1/me", refreshed.AccessToken)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, replayedOnA.StatusCode);
    }

    [Fact]
    public async Task A_users_rate_limit_counts_requests_on_both_gateways()
    {
        var onA = fixture.A.CreateClient(new() { AllowAutoRedirect = false });
        var onB = fixture.B.CreateClient(new() { AllowAutoRedirect = false });
        var token = await OAuthFlows.NewUserTokenAsync(onA, "user-read-private");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? rejected = null;
        for (var request = 0; request < PerUserLimit + 2; request++)
        {
            var response = await GetAsync(request % 2 == 0 ? onA : onB, "/v1/me", token.AccessToken);
            statuses.Add(response.StatusCode);
            rejected ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.All(statuses.Take(PerUserLimit), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.All(statuses.Skip(PerUserLimit), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        Assert.NotNull(rejected);
        Assert.InRange(int.Parse(rejected.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 3600);
        var error = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.Equal(429, error.GetProperty("status").GetInt32());
        Assert.Equal("API rate limit exceeded", error.GetProperty("message").GetString());
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await client.SendAsync(request);
    }

    public sealed class Replicas : IAsyncLifetime
    {
        private SiloCluster _cluster = null!;

        internal ClusterGatewayFactory A { get; private set; } = null!;

        internal ClusterGatewayFactory B { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            _cluster = await SiloCluster.StartAsync("replicas", siloCount: 2, new Dictionary<string, string>
            {
                ["Spotify:DemoCatalog:SeedOnStart"] = "false",
            });
            var limits = new Dictionary<string, string> { ["Spotify:RateLimits:PerUser"] = PerUserLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            A = new ClusterGatewayFactory(_cluster, limits);
            B = new ClusterGatewayFactory(_cluster, limits);
        }

        public async Task DisposeAsync()
        {
            await A.DisposeAsync();
            await B.DisposeAsync();
            await _cluster.DisposeAsync();
        }
    }
}
