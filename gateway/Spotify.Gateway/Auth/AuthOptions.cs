namespace Spotify.Gateway.Auth;

/// <summary>The OAuth 2.0 server's settings (<c>Spotify:Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string Section = "Spotify:Auth";

    /// <summary>
    /// The issuer every token names. Gateways that share it (and the keys) accept each other's
    /// tokens. Embedded default: <see cref="EmbeddedIssuer"/>.
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>An RSA private key in PEM form that signs access tokens. Embedded: a key made per run.</summary>
    public string? SigningKey { get; set; }

    /// <summary>256 random bits, base64, that encrypt authorization codes and refresh tokens. Embedded: made per run.</summary>
    public string? EncryptionKey { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Further client applications beyond the built-in <c>spotify-web</c> and <c>spotify-admin</c>.</summary>
    public List<ConfiguredClient> Clients { get; set; } = [];

    public const string EmbeddedIssuer = "http://localhost:5080/";
}
