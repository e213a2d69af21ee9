using Spotify.Grains;
using Spotify.Hosting;
using Spotify.Hosting.Configuration;
using Spotify.Silo;

// Usage: Spotify.Silo [migrate] [--Key=Value ...]
var migrateOnly = args is ["migrate", ..];
var builder = Host.CreateApplicationBuilder(migrateOnly ? args[1..] : args);

SiloSettings settings;
try
{
    settings = SiloSettings.Read(builder.Configuration);
}
catch (HostingConfigurationException exception)
{
    Console.Error.WriteLine(exception.Message);
    return ExitCodes.InvalidConfiguration;
}

if (migrateOnly)
{
    return await MigrateCommand.RunAsync(settings, builder);
}

builder.UseOrleans(silo => silo.AddSpotifySilo(settings).AddSpotifyGrains());
await builder.Build().RunAsync();
return ExitCodes.Success;
