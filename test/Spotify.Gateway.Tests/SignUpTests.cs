using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Spotify.Gateway.Accounts;

namespace Spotify.Gateway.Tests;

public sealed class SignUpTests(EmbeddedGatewayFactory factory) : IClassFixture<EmbeddedGatewayFactory>
{
    private readonly HttpClient _client = factory.CreateAnonymousClient();

    private static string NewEmail() => $"listener-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task Signing_up_creates_an_account_and_returns_the_private_user_object()
    {
        var email = NewEmail();

        var response = await _client.PostAsJsonAsync("/v1/users", new { email = email.ToUpperInvariant(), password = "correct horse 1", display_name = " Ada ", country = "se" });
        var user = await response.ReadJsonAsync(HttpStatusCode.Created);

        var id = user.GetProperty("id").GetString()!;
        Assert.Equal($"http://localhost/v1/users/{id}", response.Headers.Location?.ToString());
        Assert.Equal($"spotify:user:{id}", user.GetProperty("uri").GetString());
        Assert.Equal("user", user.GetProperty("type").GetString());
        Assert.Equal("Ada", user.GetProperty("display_name").GetString());
        Assert.Equal(email, user.GetProperty("email").GetString());
        Assert.Equal("SE", user.GetProperty("country").GetString());
        Assert.Equal("free", user.GetProperty("product").GetString());
        Assert.DoesNotContain("password", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_taken_email_address_is_a_409_whatever_its_case()
    {
        var email = NewEmail();
        await (await _client.PostAsJsonAsync("/v1/users", new { email, password = "correct horse 1", display_name = "First" }))
            .ReadJsonAsync(HttpStatusCode.Created);

        var again = await _client.PostAsJsonAsync("/v1/users", new { email = $"  {email.ToUpperInvariant()} ", password = "another pass 2", display_name = "Second" });

        await again.AssertErrorAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("not-an-email", "correct horse 1", "Ada", "email")]
    [InlineData("ada@localhost", "correct horse 1", "Ada", "email")]
    [InlineData("Ada <ada@example.com>", "correct horse 1", "Ada", "email")]
    [InlineData("{email}", "short1", "Ada", "Password")]
    [InlineData("{email}", "onlyletterslong", "Ada", "Password")]
    [InlineData("{email}", "1234567890123", "Ada", "Password")]
    [InlineData("{email}", "correct horse 1", "", "display_name")]
    [InlineData("{email}", "correct horse 1", "   ", "display_name")]
    [InlineData("{email}", "correct horse 1", "Ada\u0000", "display_name")]
    public async Task A_bad_sign_up_is_a_400_saying_what_is_wrong(string email, string password, string displayName, string named)
    {
        var response = await _client.PostAsJsonAsync("/v1/users", new { email = email.Replace("{email}", NewEmail()), password, display_name = displayName });

        Assert.Contains(named, await response.AssertErrorAsync(HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData("{\"email\":")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"email\":5,\"password\":true}")]
    [InlineData("")]
    public async Task A_body_that_is_not_a_sign_up_is_a_400(string body)
    {
        var response = await _client.PostAsync("/v1/users", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertErrorAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_account_signs_in_with_its_password_only()
    {
        var email = NewEmail();
        var created = await (await _client.PostAsJsonAsync("/v1/users", new { email, password = "correct horse 1", display_name = "Ada" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var accounts = factory.Services.GetRequiredService<AccountService>();

        Assert.Equal(created.GetProperty("id").GetString(), await accounts.VerifyAsync(email.ToUpperInvariant(), "correct horse 1"));
        Assert.Null(await accounts.VerifyAsync(email, "correct horse 2"));
        Assert.Null(await accounts.VerifyAsync(NewEmail(), "correct horse 1"));
    }

    [Fact]
    public async Task A_public_profile_shows_no_private_fields()
    {
        var created = await (await _client.PostAsJsonAsync("/v1/users", new { email = NewEmail(), password = "correct horse 1", display_name = "Ada", country = "SE" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var reader = await factory.CreateClientWithTokenAsync();

        var profile = await reader.GetJsonAsync($"/v1/users/{created.GetProperty("id").GetString()}");

        JsonAssertions.AssertKeys(profile, "display_name", "external_urls", "followers", "href", "id", "images", "type", "uri");
    }
}
