using Orleans.Dashboard;
using Scalar.AspNetCore;
using Spotify.Gateway;
using Spotify.Gateway.Auth;
using Spotify.Gateway.Api;
using Spotify.Hosting;
using Spotify.Hosting.Configuration;

var builder = WebApplication.CreateBuilder(args);
try
{
    builder.AddGatewayServices();
}
catch (HostingConfigurationException exception)
{
    Console.Error.WriteLine(exception.Message);
    return ExitCodes.InvalidConfiguration;
}

var app = builder.Build();
app.UseGatewayPipeline();
app.MapAuthEndpoints();
app.MapHealthApi();
app.MapTracksApi();
app.MapPlaybackApi();
app.MapMediaApi();
app.MapAlbumsApi();
app.MapArtistsApi();
app.MapBrowseApi();
app.MapSearchApi();
app.MapUsersApi();
app.MapLibraryApi();
app.MapFollowApi();
app.MapPlayerApi();
app.MapPlaybackStateApi();
app.MapTopItemsApi();
app.MapRecommendationsApi();
app.MapPlaylistsApi();
app.MapPlaylistItemsApi();
app.MapPlaylistFollowersApi();
app.MapAdminCatalogApi();
app.MapAdminAudioApi();
app.MapOrleansDashboard("/dashboard").RequireScope(SpotifyScopes.Dashboard).ExcludeFromDescription();
app.MapOpenApi();
app.MapScalarApiReference("/docs");
try
{
    await app.RunAsync();
}
catch (Exception exception) when (StartupValidationFailure.Describe(exception) is { } failure)
{
    Console.Error.WriteLine(failure);
    return ExitCodes.InvalidConfiguration;
}
return ExitCodes.Success;

/// <summary>The entry point, visible to the gateway's tests.</summary>
public partial class Program;
