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

    public Task<UserProfile?> GetProfileAsync() => Task.FromResult(state.State.Profile);

    public async Task<bool> CreateAsync(UserRegistration registration)
    {
        if (state.State.Profile is not null)
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
