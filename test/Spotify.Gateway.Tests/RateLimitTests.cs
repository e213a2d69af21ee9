using System.Net;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>The Embedded profile's in-process limits, tightened so that a few requests reach them.</summary>
public sealed class RateLimitTests(RateLimitTests.TightLimits factory) : IClassFixture<RateLimitTests.TightLimits>
{
    private const int PerUser = 4;
    private const int SignInsPerAccount = 3;

    [Fact]
    public async Task A_user_over_the_limit_gets_429_with_retry_after_and_the_error_object()
    {
        var client = await factory.CreateUserClientAsync("user-read-private");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var request = 0; request <= PerUser; request++)
        {
            last = await client.GetAsync("/v1/me");
            statuses.Add(last.StatusCode);
        }

        Assert.All(statuses.Take(PerUser), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal("API rate limit exceeded", await last.AssertErrorAsync(HttpStatusCode.TooManyRequests));
        Assert.InRange(int.Parse(last.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 600);
    }

    [Fact]
    public async Task Limits_are_counted_per_user()
    {
        var first = await factory.CreateUserClientAsync("user-read-private");
        var second = await factory.CreateUserClientAsync("user-read-private");
        for (var request = 0; request < PerUser; request++)
        {
            await first.GetAsync("/v1/me");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.GetAsync("/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_on_one_account_are_capped_even_with_the_right_password()
    {
        var http = factory.CreateAnonymousClient();
        var email = await OAuthFlows.SignUpAsync(http);
        for (var attempt = 0; attempt < SignInsPerAccount; attempt++)
        {
            var wrong = await OAuthFlows.PostSignInAsync(http, email, "wrong password 1", "user-read-private", Pkce.Create());
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var throttled = await OAuthFlows.PostSignInAsync(http, email, OAuthFlows.Password, "user-read-private", Pkce.Create());

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(throttled.Headers.Contains("Retry-After"));
        Assert.Null(throttled.Headers.Location);
        Assert.Contains("Too many sign-in attempts", await throttled.Content.ReadAsStringAsync());
    }

    public sealed class TightLimits() : EmbeddedGatewayFactory(new Dictionary<string, string>
    {
        ["Spotify:RateLimits:PerUser"] = PerUser.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Spotify:RateLimits:SignInsPerAccount"] = SignInsPerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });
}
