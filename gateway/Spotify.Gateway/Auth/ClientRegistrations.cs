using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Spotify.Gateway.Auth;

/// <summary>The client applications the gateway registers at start, from code and configuration.</summary>
public static class ClientRegistrations
{
    public const string WebClientId = "spotify-web";
    public const string AdminClientId = "spotify-admin";

    /// <summary>
    /// The first-party public client. It signs users in with PKCE and may redirect to any loopback
    /// address and port (RFC 8252 section 7.3), as native and command-line apps do.
    /// </summary>
    public static OpenIddictApplicationDescriptor Web()
    {
        var web = new OpenIddictApplicationDescriptor
        {
            ClientId = WebClientId,
            DisplayName = "Spotify (first-party apps)",
            ClientType = ClientTypes.Public,
            ApplicationType = ApplicationTypes.Native,
            Settings = { [LoopbackRedirectUriHandler.AnyLoopbackSetting] = "true" },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        AddUserSignIn(web, SpotifyScopes.User);
        return web;
    }

    public static OpenIddictApplicationDescriptor Admin(string clientSecret)
    {
        var admin = new OpenIddictApplicationDescriptor
        {
            ClientId = AdminClientId,
            ClientSecret = clientSecret,
            DisplayName = "Platform operators",
            ClientType = ClientTypes.Confidential,
            ApplicationType = ApplicationTypes.Web,
        };
        AddClientCredentials(admin, SpotifyScopes.Admin);
        return admin;
    }

    public static OpenIddictApplicationDescriptor FromConfiguration(ConfiguredClient client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = client.ClientSecret,
            DisplayName = client.DisplayName ?? client.ClientId,
            ClientType = client.ClientSecret is null ? ClientTypes.Public : ClientTypes.Confidential,
            ApplicationType = client.ClientSecret is null ? ApplicationTypes.Native : ApplicationTypes.Web,
        };
        if (client.ClientSecret is not null)
        {
            AddClientCredentials(descriptor, client.Scopes.Intersect(SpotifyScopes.All));
        }
        if (client.RedirectUris.Count > 0)
        {
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            descriptor.RedirectUris.UnionWith(client.RedirectUris.Select(uri => new Uri(uri)));
            AddUserSignIn(descriptor, client.Scopes.Intersect(SpotifyScopes.User));
        }
        return descriptor;
    }

    private static void AddUserSignIn(OpenIddictApplicationDescriptor descriptor, IEnumerable<string> scopes)
    {
        descriptor.Permissions.UnionWith(
        [
            Permissions.Endpoints.Authorization,
            Permissions.Endpoints.Token,
            Permissions.GrantTypes.AuthorizationCode,
            Permissions.GrantTypes.RefreshToken,
            Permissions.ResponseTypes.Code,
            Permissions.Prefixes.Scope + Scopes.OfflineAccess,
        ]);
        descriptor.Permissions.UnionWith(scopes.Select(scope => Permissions.Prefixes.Scope + scope));
    }

    private static void AddClientCredentials(OpenIddictApplicationDescriptor descriptor, IEnumerable<string> scopes)
    {
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials]);
        descriptor.Permissions.UnionWith(scopes.Select(scope => Permissions.Prefixes.Scope + scope));
    }
}
