using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;

namespace Spotify.Gateway.Auth;

/// <summary>
/// Every endpoint declares what its token needs: any valid token (<see cref="RequireToken{T}"/>), a
/// user's token (<see cref="RequireUser{T}"/>), a scope (<see cref="RequireScope{T}"/>), or a user's
/// token with a scope (<see cref="RequireUserScope{T}"/>).
/// </summary>
public static class AuthPolicies
{
    private const string ScopePrefix = "scope:";
    private const string UserScopePrefix = "user-scope:";
    private const string UserPolicy = "user";

    public static void AddPolicies(AuthorizationOptions options)
    {
        options.DefaultPolicy = TokenPolicy().Build();
        options.AddPolicy(UserPolicy, TokenPolicy().AddRequirements(new UserTokenRequirement()).Build());
        foreach (var scope in SpotifyScopes.All)
        {
            options.AddPolicy(ScopePrefix + scope, TokenPolicy().AddRequirements(new ScopeRequirement(scope)).Build());
            options.AddPolicy(UserScopePrefix + scope, TokenPolicy()
                .AddRequirements(new UserTokenRequirement(), new ScopeRequirement(scope))
                .Build());
        }
    }

    public static TBuilder RequireToken<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization().WithAuthErrors();

    public static TBuilder RequireUser<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(UserPolicy).WithAuthErrors();

    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(ScopePrefix + Known(scope)).WithAuthErrors();

    public static TBuilder RequireUserScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(UserScopePrefix + Known(scope)).WithAuthErrors();

    /// <summary>Documents the 401, 403 and 429 answers every protected endpoint can give.</summary>
    private static TBuilder WithAuthErrors<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(
            new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(Errors.ErrorResponse), ["application/json"]),
            new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(Errors.ErrorResponse), ["application/json"]),
            new ProducesResponseTypeMetadata(StatusCodes.Status429TooManyRequests, typeof(Errors.ErrorResponse), ["application/json"]));

    private static AuthorizationPolicyBuilder TokenPolicy() =>
        new AuthorizationPolicyBuilder(CachedBearerAuthenticationHandler.SchemeName).RequireAuthenticatedUser();

    private static string Known(string scope) =>
        SpotifyScopes.All.Contains(scope) ? scope : throw new ArgumentException($"'{scope}' is not a Spotify scope.", nameof(scope));
}
