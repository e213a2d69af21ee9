using Spotify.Contracts.Ids;
using Spotify.Contracts.Users;

namespace Spotify.Grains.Tests;

public sealed class UserGrainTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    private static UserRegistration Registration(string name = "Ada") => new(
        name, $"{Guid.NewGuid():N}@example.com", "SE", "hashed-password", new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_created_user_has_a_free_profile_and_keeps_its_password_hash()
    {
        var userId = SpotifyId.NewId();
        var user = fixture.Grains.GetGrain<IUserGrain>(userId);
        var registration = Registration();

        Assert.True(await user.CreateAsync(registration));
        var profile = await user.GetProfileAsync();

        Assert.Equal(new UserProfile(userId, "Ada", registration.Email, "SE", "free", 0, registration.CreatedAt), profile);
        Assert.Equal("hashed-password", await user.GetPasswordHashAsync());
    }

    [Fact]
    public async Task Creating_an_existing_user_again_changes_nothing()
    {
        var user = fixture.Grains.GetGrain<IUserGrain>(SpotifyId.NewId());
        await user.CreateAsync(Registration("First"));

        Assert.False(await user.CreateAsync(Registration("Second") with { PasswordHash = "other" }));
        Assert.Equal("First", (await user.GetProfileAsync())?.DisplayName);
        Assert.Equal("hashed-password", await user.GetPasswordHashAsync());
    }

    [Fact]
    public async Task An_unknown_user_has_no_profile()
    {
        Assert.Null(await fixture.Grains.GetGrain<IUserGrain>(SpotifyId.NewId()).GetProfileAsync());
    }

    [Fact]
    public async Task Of_many_users_claiming_one_address_at_once_exactly_one_gets_it()
    {
        var address = fixture.Grains.GetGrain<IUserEmailGrain>($"{Guid.NewGuid():N}@example.com");
        var claimants = Enumerable.Range(0, 20).Select(_ => SpotifyId.NewId()).ToList();

        var results = await Task.WhenAll(claimants.Select(address.ClaimAsync));

        var winner = Assert.Single(claimants.Where((_, index) => results[index]));
        Assert.Equal(winner, await address.GetUserIdAsync());
        Assert.True(await address.ClaimAsync(winner));
    }

    [Fact]
    public async Task Only_the_holder_can_release_an_address()
    {
        var address = fixture.Grains.GetGrain<IUserEmailGrain>($"{Guid.NewGuid():N}@example.com");
        var holder = SpotifyId.NewId();
        var other = SpotifyId.NewId();
        await address.ClaimAsync(holder);

        await address.ReleaseAsync(other);
        Assert.Equal(holder, await address.GetUserIdAsync());

        await address.ReleaseAsync(holder);
        Assert.Null(await address.GetUserIdAsync());
        Assert.True(await address.ClaimAsync(other));
    }
}
