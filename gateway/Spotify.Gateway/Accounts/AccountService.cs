using Microsoft.AspNetCore.Identity;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Users;

namespace Spotify.Gateway.Accounts;

/// <summary>
/// Creates accounts and checks sign-ins. Passwords are hashed and verified here, in the gateway,
/// because the hash is deliberately slow and grains must not block.
/// </summary>
public sealed class AccountService(
    IGrainFactory grains, IPasswordHasher<AccountPassword> hasher, TimeProvider time, ILogger<AccountService> logger)
{
    private readonly Lazy<string> _unknownAccountHash =
        new(() => hasher.HashPassword(new AccountPassword(""), SpotifyId.NewId()));

    public async Task<SignUpOutcome> SignUpAsync(ValidSignUp signUp)
    {
        var userId = SpotifyId.NewId();
        var address = grains.GetGrain<IUserEmailGrain>(signUp.Email);
        if (!await address.ClaimAsync(userId))
        {
            return new SignUpOutcome(null);
        }

        var registration = new UserRegistration(
            signUp.DisplayName,
            signUp.Email,
            signUp.Country,
            hasher.HashPassword(new AccountPassword(userId), signUp.Password),
            time.GetUtcNow());
        var user = grains.GetGrain<IUserGrain>(userId);
        try
        {
            await user.CreateAsync(registration);
        }
        catch
        {
            // Without an account behind it, a claimed address would be lost to its owner for good.
            await address.ReleaseAsync(userId);
            throw;
        }
        logger.LogInformation("Account {UserId} signed up", userId);
        return new SignUpOutcome(await user.GetProfileAsync());
    }

    /// <returns>The user id when the email and password match an account; otherwise null.</returns>
    public async Task<string?> VerifyAsync(string email, string password)
    {
        var normalized = EmailAddress.Normalize(email);
        if (!EmailAddress.IsValid(normalized) || password.Length > SignUpValidator.MaxPasswordLength)
        {
            return null;
        }
        var userId = await grains.GetGrain<IUserEmailGrain>(normalized).GetUserIdAsync();
        var hash = userId is null ? null : await grains.GetGrain<IUserGrain>(userId).GetPasswordHashAsync();

        // Hash even for an unknown address, so the answer takes as long and reveals no accounts.
        var verified = hasher.VerifyHashedPassword(new AccountPassword(userId ?? ""), hash ?? _unknownAccountHash.Value, password);
        return userId is not null && hash is not null && verified != PasswordVerificationResult.Failed ? userId : null;
    }
}
