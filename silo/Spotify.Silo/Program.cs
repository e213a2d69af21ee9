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
try
{
    await builder.Build().RunAsync();
}
catch (Exception exception) when (StartupValidationFailure.Describe(exception) is { } failure)
{
    Console.Error.WriteLine(failure);
    return ExitCodes.InvalidConfiguration;
}
return ExitCodes.Success;
