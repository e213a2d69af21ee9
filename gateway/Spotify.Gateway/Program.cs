using Orleans.Dashboard;
using Spotify.Gateway;
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
app.UseGatewayErrors();
app.MapHealthApi();
app.MapTracksApi();
app.MapAlbumsApi();
app.MapArtistsApi();
app.MapBrowseApi();
app.MapUsersApi();
app.MapOrleansDashboard("/dashboard");
await app.RunAsync();
return ExitCodes.Success;

/// <summary>The entry point, visible to the gateway's tests.</summary>
public partial class Program;
