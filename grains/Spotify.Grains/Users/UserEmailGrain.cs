using Spotify.Contracts;
using Spotify.Contracts.Users;

namespace Spotify.Grains.Users;

public sealed class UserEmailGrain(
    [PersistentState("user-email", ProviderNames.UserStorage)] IPersistentState<UserEmailState> state)
    : Grain, IUserEmailGrain
{
    public Task<string?> GetUserIdAsync() => Task.FromResult(state.State.UserId);

    public async Task<bool> ClaimAsync(string userId)
    {
        if (state.State.UserId is not null)
        {
            return state.State.UserId == userId;
        }
        state.State.UserId = userId;
        await state.WriteStateAsync();
        return true;
    }

    public async Task ReleaseAsync(string userId)
    {
        if (state.State.UserId == userId)
        {
            await state.ClearStateAsync();
        }
    }
}
