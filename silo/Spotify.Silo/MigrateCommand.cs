using Spotify.Hosting;
using Spotify.Hosting.Configuration;
using Spotify.Hosting.Database;

namespace Spotify.Silo;

/// <summary><c>Spotify.Silo migrate</c>: applies the database schema and exits.</summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(SiloSettings settings, HostApplicationBuilder builder)
    {
        if (settings.PostgresConnectionString is null)
        {
            await Console.Error.WriteLineAsync(
                $"migrate needs {SettingKeys.Profile}={SpotifyProfile.Cluster} and {SettingKeys.PostgresConnectionString}.");
            return ExitCodes.InvalidConfiguration;
        }

        using var host = builder.Build();
        var migrator = new SchemaMigrator(
            settings.PostgresConnectionString, host.Services.GetRequiredService<ILogger<SchemaMigrator>>());
        var applied = await migrator.MigrateAsync(CancellationToken.None);
        Console.WriteLine(applied.Count == 0
            ? "The database schema was already current."
            : $"Applied {applied.Count} scripts: {string.Join(", ", applied)}");
        return ExitCodes.Success;
    }
}
