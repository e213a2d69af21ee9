using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using Spotify.Hosting;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Spotify.Gateway.Auth;

/// <summary>The OAuth 2.0 authorization server and the access token checks, with OpenIddict.</summary>
public static class AuthServices
{
    public static IServiceCollection AddSpotifyAuth(this IServiceCollection services, GatewayHosting hosting)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateOnStart();
        services.AddOptions<AdminClientOptions>().BindConfiguration(AdminClientOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddSingleton<IValidateOptions<AdminClientOptions>, AdminClientOptionsValidator>();
        AddStores(services, hosting);

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<AuthDbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris(AuthorizeEndpoint.Path.TrimStart('/'))
                    .SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'));
                server.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow().AllowClientCredentialsFlow();
                server.RequireProofKeyForCodeExchange();
                // A refresh token works once: a replayed one revokes everything issued from its grant.
                server.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                server.RegisterScopes([.. SpotifyScopes.All, Scopes.OfflineAccess]);
                // Access tokens are plain signed JWTs, so any service holding the public key can check them.
                server.DisableAccessTokenEncryption();
                server.RemoveEventHandler(OpenIddictServerHandlers.Authentication.ValidateClientRedirectUri.Descriptor);
                server.AddEventHandler(LoopbackRedirectUriHandler.Descriptor);
                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    // TLS is Kestrel's or the proxy's business; tokens must also work on a plain loopback.
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore()
                    .DisableAccessTokenExtractionFromQueryString()
                    .DisableAccessTokenExtractionFromBodyForm();
            });
        services.AddOptions<OpenIddictServerOptions>().Configure<IOptions<AuthOptions>>((server, auth) =>
        {
            server.Issuer = new Uri(auth.Value.Issuer ?? AuthOptions.EmbeddedIssuer);
            server.AccessTokenLifetime = auth.Value.AccessTokenLifetime;
            server.RefreshTokenLifetime = auth.Value.RefreshTokenLifetime;
            // PKCE with S256 only: the plain method protects nothing.
            server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain);
            AuthKeys.Configure(server, auth.Value);
        });

        services.AddSingleton<ValidatedTokenCache>();
        services.AddAuthentication(CachedBearerAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, CachedBearerAuthenticationHandler>(CachedBearerAuthenticationHandler.SchemeName, configureOptions: null);
        services.AddAuthorization(AuthPolicies.AddPolicies);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ForbiddenResultHandler>();
        services.AddSingleton<SignInThrottle>();
        services.AddHostedService<ClientRegistrationService>();
        services.AddSingleton<AuthPruningService>();
        services.AddHostedService(provider => provider.GetRequiredService<AuthPruningService>());
        return services;
    }

    private static void AddStores(IServiceCollection services, GatewayHosting hosting)
    {
        if (hosting.PostgresConnectionString is { } postgres)
        {
            services.AddDbContext<AuthDbContext>(options => options.UseNpgsql(postgres));
            return;
        }
        // Registered first among the gateway's hosted services, so the database exists before clients are registered.
        services.AddSingleton<EmbeddedAuthDatabase>();
        services.AddHostedService(provider => provider.GetRequiredService<EmbeddedAuthDatabase>());
        services.AddDbContext<AuthDbContext>((provider, options) =>
            options.UseSqlite(provider.GetRequiredService<EmbeddedAuthDatabase>().ConnectionString));
    }
}
