using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Spotify.Gateway.Accounts;
using Spotify.Gateway.Errors;
using Spotify.Gateway.Links;
using Spotify.Grains;
using Spotify.Hosting;

namespace Spotify.Gateway;

public static class GatewayServices
{
    /// <exception cref="Hosting.Configuration.HostingConfigurationException">A hosting setting is missing or malformed.</exception>
    public static WebApplicationBuilder AddGatewayServices(this WebApplicationBuilder builder)
    {
        builder.AddSpotifyGatewayHosting(silo => silo.AddSpotifyGrains());

        builder.Services.AddOptions<PublicUrlOptions>()
            .BindConfiguration(PublicUrlOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(TimeProvider.System);
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

    public static WebApplication UseGatewayErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
