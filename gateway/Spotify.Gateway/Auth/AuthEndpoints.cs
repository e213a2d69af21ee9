namespace Spotify.Gateway.Auth;

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapMethods(AuthorizeEndpoint.Path, [HttpMethods.Get, HttpMethods.Post], AuthorizeEndpoint.HandleAsync)
            .WithName("authorize")
            .WithSummary("OAuth 2.0 authorization endpoint: the sign-in form, then a redirect with a code")
            .WithTags("OAuth")
            .ExcludeFromDescription();
        routes.MapPost(TokenEndpoint.Path, TokenEndpoint.HandleAsync)
            .WithName("token")
            .WithSummary("OAuth 2.0 token endpoint: authorization_code, refresh_token and client_credentials grants")
            .WithTags("OAuth")
            .ExcludeFromDescription();
        return routes;
    }
}
