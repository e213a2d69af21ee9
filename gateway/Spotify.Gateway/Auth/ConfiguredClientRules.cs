namespace Spotify.Gateway.Auth;

internal static class ConfiguredClientRules
{
    public static IEnumerable<string> Check(IReadOnlyList<ConfiguredClient> clients)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { ClientRegistrations.WebClientId, ClientRegistrations.AdminClientId };
        for (var index = 0; index < clients.Count; index++)
        {
            var client = clients[index];
            var key = $"{AuthOptions.Section}:Clients:{index}";
            if (string.IsNullOrWhiteSpace(client.ClientId) || !seen.Add(client.ClientId))
            {
                yield return $"{key}:ClientId must be set and unique (spotify-web and spotify-admin are built in)";
            }
            if (client.Scopes.Except(SpotifyScopes.All).FirstOrDefault() is { } unknown)
            {
                yield return $"{key}:Scopes names an unknown scope '{unknown}'";
            }
            if (client.RedirectUris.Any(uri => !Uri.TryCreate(uri, UriKind.Absolute, out _)))
            {
                yield return $"{key}:RedirectUris must be absolute URIs";
            }
            if (client.ClientSecret is null && client.RedirectUris.Count == 0)
            {
                yield return $"{key} needs a ClientSecret (client credentials) or RedirectUris (user sign-in)";
            }
        }
    }
}
