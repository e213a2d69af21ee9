using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;

namespace Spotify.Gateway.Auth;

/// <summary>
/// Access tokens OpenIddict has accepted, with the principal it made of each, until they expire.
/// Bounded, so that many clients cannot grow it without limit: past the bound, the oldest-used
/// entries go and their tokens are simply checked again.
/// </summary>
public sealed class ValidatedTokenCache : IDisposable
{
    public const int MaxTokens = 100_000;

    private readonly MemoryCache _tokens = new(new MemoryCacheOptions { SizeLimit = MaxTokens });

    public ClaimsPrincipal? TryGet(string token, DateTimeOffset now) =>
        _tokens.TryGetValue(token, out Remembered? remembered) && remembered!.Until > now ? remembered.Principal : null;

    public void Remember(string token, ClaimsPrincipal principal, DateTimeOffset until) =>
        _tokens.Set(token, new Remembered(principal, until), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = until });

    public void Dispose() => _tokens.Dispose();

    private sealed record Remembered(ClaimsPrincipal Principal, DateTimeOffset Until);
}
