using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Spotify.Gateway.Accounts;
using Spotify.Gateway.AudioIngest;
using Spotify.Gateway.DemoAudio;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Gateway.Media;
using Spotify.Gateway.OpenApi;
using Spotify.Grains;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Listening;
using Spotify.Gateway.RateLimits;
using Spotify.Hosting;

namespace Spotify.Gateway;

public static class GatewayServices
{
    /// <exception cref="Hosting.Configuration.HostingConfigurationException">A hosting setting is missing or malformed.</exception>
    public static WebApplicationBuilder AddGatewayServices(this WebApplicationBuilder builder)
    {
        var hosting = builder.AddSpotifyGatewayHosting(silo => silo.AddSpotifyGrains());
        builder.Services.AddSingleton(hosting);
        builder.Services.AddSpotifyAuth(hosting);
        builder.Services.AddSpotifyMedia(hosting.Profile, builder.Configuration);
        builder.Services.AddSingleton<BlobPropertiesCache>();
        builder.Services.AddAudioIngest();
        if (hosting.Profile == SpotifyProfile.Embedded)
        {
            builder.Services.AddOptions<DemoAudioOptions>().BindConfiguration(DemoAudioOptions.Section).ValidateDataAnnotations().ValidateOnStart();
            builder.Services.AddHostedService<DemoAudioService>();
        }
        if (hosting.Profile == SpotifyProfile.Cluster)
        {
            builder.Services.AddSingleton<IRateLimitPartitions, RedisRateLimitPartitions>();
        }
        else
        {
            builder.Services.AddSingleton<IRateLimitPartitions, InProcessRateLimitPartitions>();
        }
        builder.Services.AddRequestRateLimiting();
        builder.Services.AddOpenApi(options => options
            .AddDocumentTransformer<OAuthSecuritySchemeTransformer>()
            .AddOperationTransformer<OAuthOperationTransformer>());
        // As Spotify's API: any web app may call it with a bearer token; no cookies, so no credentials mode.
        builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .AllowAnyOrigin()
            .AllowAnyMethod()
            .WithHeaders("Authorization", "Content-Type", "Range")
            .WithExposedHeaders("Retry-After", "Location", "Content-Range", "ETag")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });

        builder.Services.AddOptions<PublicUrlOptions>()
            .BindConfiguration(PublicUrlOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<MediaUrlOptions>()
            .BindConfiguration(MediaUrlOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<PlayedTracks>();
        builder.Services.AddSingleton<IPasswordHasher<AccountPassword>, PasswordHasher<AccountPassword>>();
        builder.Services.AddSingleton<AccountService>();

        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);

        // Our writer first, so it renders every problem before the default writer is asked.
        builder.Services.AddSingleton<IProblemDetailsWriter, SpotifyErrorWriter>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<GatewayExceptionHandler>();
        // Binding failures throw, so that GatewayExceptionHandler reports their reason instead of an empty 400.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }

    /// <summary>The middleware, in order: errors, then who the caller is, then how much they may ask, then what they may do.</summary>
    public static WebApplication UseGatewayPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (app.Services.GetRequiredService<GatewayHosting>().Profile == SpotifyProfile.Cluster)
        {
            // Browsers that once reached the cluster over HTTPS never fall back to plain HTTP.
            app.UseHsts();
        }
        app.UseRouting();
        app.UseCors();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
