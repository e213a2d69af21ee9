using Microsoft.Extensions.Configuration;

namespace Spotify.Hosting.Tests;

internal static class Settings
{
    public static IConfiguration From(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)))
            .Build();
}
