using Microsoft.Extensions.Logging;
using Spotify.Contracts;
using Spotify.Contracts.Users;

namespace Spotify.Grains.Users;

public sealed class UserGrain(
    [PersistentState("user", ProviderNames.UserStorage)] IPersistentState<UserState> state,
    ILogger<UserGrain> logger)
    : Grain, IUserGrain
{
    private const string DefaultProduct = "free";

    private bool IsPlatform => this.GetPrimaryKeyString() == PlatformUser.Id;

    /// <summary>An account's profile; the platform user's is fixed and needs no account.</summary>
    public Task<UserProfile?> GetProfileAsync() => Task.FromResult(IsPlatform ? PlatformUser.Profile : state.State.Profile);

    public async Task<bool> CreateAsync(UserRegistration registration)
    {
        if (state.State.Profile is not null || IsPlatform)
        {
            return false;
        }
        var userId = this.GetPrimaryKeyString();
        state.State.Profile = new UserProfile(
            userId,
            registration.DisplayName,
            registration.Email,
            registration.Country,
            DefaultProduct,
            Followers: 0,
            registration.CreatedAt);
        state.State.PasswordHash = registration.PasswordHash;
        await state.WriteStateAsync();
        logger.LogInformation("User {UserId} created", userId);
        return true;
    }

    public Task<string?> GetPasswordHashAsync() => Task.FromResult(state.State.PasswordHash);
}
