using System.Security.Claims;
using Spotify.Gateway.Auth;

namespace Spotify.Gateway.Tests;

public sealed class ValidatedTokenCacheTests
{
    // The cache drops entries by the system clock as well, so the times are around the real now.
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public void A_remembered_token_gives_its_principal_until_it_expires_and_never_after()
    {
        using var cache = new ValidatedTokenCache();
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "user-1")], "test"));
        cache.Remember("token-a", principal, Now.AddMinutes(5));

        Assert.Same(principal, cache.TryGet("token-a", Now.AddMinutes(4)));
        Assert.Null(cache.TryGet("token-a", Now.AddMinutes(5)));
        Assert.Null(cache.TryGet("token-b", Now));
    }
}
