using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Spotify.Gateway.Auth;

namespace Spotify.Gateway.OpenApi;

/// <summary>Describes the OAuth 2.0 flows in the OpenAPI document, so API explorers can get tokens.</summary>
internal sealed class OAuthSecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "spotify_oauth";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var scopes = SpotifyScopes.All.ToDictionary(scope => scope, scope => scope);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "Authorization code with PKCE (client spotify-web) for users; client credentials for services.",
            Flows = new OpenApiOAuthFlows
            {
                AuthorizationCode = new OpenApiOAuthFlow
                {
                    AuthorizationUrl = new Uri(AuthorizeEndpoint.Path, UriKind.Relative),
                    TokenUrl = new Uri(TokenEndpoint.Path, UriKind.Relative),
                    RefreshUrl = new Uri(TokenEndpoint.Path, UriKind.Relative),
                    Scopes = scopes,
                },
                ClientCredentials = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri(TokenEndpoint.Path, UriKind.Relative),
                    Scopes = scopes,
                },
            },
        };
        return Task.CompletedTask;
    }
}
