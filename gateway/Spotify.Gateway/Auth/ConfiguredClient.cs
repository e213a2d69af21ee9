namespace Spotify.Gateway.Auth;

/// <summary>
/// A client application from configuration (<c>Spotify:Auth:Clients:N</c>). With a secret it is
/// confidential and may use client credentials; without one it is public and must use PKCE.
/// </summary>
public sealed class ConfiguredClient
{
    public string ClientId { get; set; } = "";

    public string? ClientSecret { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>Exact redirect URIs for the authorization code flow; none means no user sign-in.</summary>
    public List<string> RedirectUris { get; set; } = [];

    public List<string> Scopes { get; set; } = [];
}
