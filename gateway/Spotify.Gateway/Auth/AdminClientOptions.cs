namespace Spotify.Gateway.Auth;

/// <summary>The operators' confidential client, <c>spotify-admin</c> (<c>Spotify:Admin</c>).</summary>
public sealed class AdminClientOptions
{
    public const string Section = "Spotify:Admin";

    /// <summary>The secret the Embedded profile uses when none is set; documented in the README.</summary>
    public const string EmbeddedDevelopmentSecret = "spotify-admin-dev-secret";

    public string? ClientSecret { get; set; }
}
